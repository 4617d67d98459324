package io.contactkit.domain.rights;

import io.contactkit.domain.failure.ForbiddenException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The acting user, as the adapter that authenticated the request vouches for it.
 *
 * @param userName    the sign-in name
 * @param associateId the user's associate, recorded as CreatedBy and UpdatedBy; 0 when the user has none
 * @param rights      what the user may do
 */
public record Principal(String userName, int associateId, Set<ContactRight> rights) {

    public Principal {
        Objects.requireNonNull(userName, "userName");
        rights = rights.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(rights));
    }

    /** A user with every right. */
    public static Principal administrator(String userName, int associateId) {
        return new Principal(userName, associateId, EnumSet.allOf(ContactRight.class));
    }

    /** A user who may read contacts and nothing else. */
    public static Principal readOnly(String userName, int associateId) {
        return new Principal(userName, associateId, EnumSet.of(ContactRight.READ));
    }

    public boolean may(ContactRight right) {
        return rights.contains(right);
    }

    /**
     * Refuses the operation unless the user holds the right.
     *
     * @throws ForbiddenException naming the user and the right
     */
    public void require(ContactRight right) {
        if (!may(right)) {
            throw new ForbiddenException("user '" + userName + "' has no right to "
                    + right.name().toLowerCase(Locale.ROOT) + " contacts");
        }
    }
}
