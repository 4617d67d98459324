package com.example.crm.contacts.login;

import io.contactkit.domain.rights.Principal;
import io.contactkit.http.authentication.Authenticator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Contact API's users are the application's users, as its security (here Spring Security) signed them in: the
 * servlet request carries the user and their roles. A role names what the user may do with contacts; a user with
 * neither role is known but may do nothing (403).
 */
public final class SignedInUsers implements Authenticator {

    /** May read, create, update and delete contacts. */
    public static final String CONTACT_ADMIN = "CONTACT_ADMIN";
    /** May read contacts. */
    public static final String CONTACT_READER = "CONTACT_READER";

    /** The application's users are no SuperOffice associates: CreatedBy and UpdatedBy name them by user name. */
    private static final int NO_ASSOCIATE = 0;

    private final List<String> challenges;

    /** @param realm the realm of the application's HTTP Basic sign-in, which a 401 answer names */
    public SignedInUsers(String realm) {
        this.challenges = List.of("Basic realm=\"" + realm + "\"");
    }

    @Override
    public Optional<Principal> authenticate(HttpServletRequest request) {
        java.security.Principal user = request.getUserPrincipal();
        if (user == null) {
            return Optional.empty();
        }
        String name = user.getName();
        if (request.isUserInRole(CONTACT_ADMIN)) {
            return Optional.of(Principal.administrator(name, NO_ASSOCIATE));
        }
        if (request.isUserInRole(CONTACT_READER)) {
            return Optional.of(Principal.readOnly(name, NO_ASSOCIATE));
        }
        return Optional.of(new Principal(name, NO_ASSOCIATE, Set.of()));
    }

    @Override
    public List<String> challenges() {
        return challenges;
    }
}
