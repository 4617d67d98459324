package com.example.embedder.signin;

import io.contactkit.domain.rights.Principal;
import io.contactkit.http.authentication.Authenticator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;

/** An embedding application's sign-in: its gateway names the user in a header it has already checked. */
public final class HeaderSignIn implements Authenticator {

    @Override
    public Optional<Principal> authenticate(HttpServletRequest request) {
        return Optional.ofNullable(request.getHeader("X-Checked-User")).map(user -> Principal.readOnly(user, 0));
    }

    @Override
    public List<String> challenges() {
        return List.of("Gateway");
    }
}
