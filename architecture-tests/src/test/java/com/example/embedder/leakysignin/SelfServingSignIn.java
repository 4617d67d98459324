package com.example.embedder.leakysignin;

import io.contactkit.domain.rights.Principal;
import io.contactkit.http.ContactApiServlet;
import io.contactkit.http.authentication.Authenticator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/** Wrong on purpose: a sign-in adapter that hands requests to the servlet itself, doing the container's job. */
public final class SelfServingSignIn implements Authenticator {

    private final ContactApiServlet api;

    public SelfServingSignIn(ContactApiServlet api) {
        this.api = api;
    }

    @Override
    public Optional<Principal> authenticate(HttpServletRequest request) {
        return Optional.of(Principal.readOnly(api.getServletName(), 0));
    }

    @Override
    public List<String> challenges() {
        return List.of();
    }
}
