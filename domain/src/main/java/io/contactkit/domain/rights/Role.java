package io.contactkit.domain.rights;

import java.util.Locale;
import java.util.Optional;

/** What a user or API token may do with contacts, as a deployment grants it. */
public enum Role {
    /** Every right. */
    ADMIN,
    /** Reading only. */
    READONLY;

    /** The role named {@code admin} or {@code readonly}, in any case. */
    public static Optional<Role> named(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The user of that name with this role's rights, acting as the associate. */
    public Principal principal(String userName, int associateId) {
        return this == ADMIN ? Principal.administrator(userName, associateId)
                : Principal.readOnly(userName, associateId);
    }

    /** {@code admin} or {@code readonly}, as the command line and the store write it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
