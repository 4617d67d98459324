package io.contactkit.server;

import io.contactkit.domain.rights.Principal;
import java.util.Locale;
import java.util.Optional;

/** What a configured user or API token may do with contacts. */
enum Role {
    /** Every right. */
    ADMIN,
    /** Reading only. */
    READONLY;

    /** The role named {@code admin} or {@code readonly}, in any case. */
    static Optional<Role> named(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    Principal principal(String userName, int associateId) {
        return this == ADMIN ? Principal.administrator(userName, associateId)
                : Principal.readOnly(userName, associateId);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
