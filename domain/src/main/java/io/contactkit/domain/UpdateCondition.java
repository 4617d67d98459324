package io.contactkit.domain;

import io.contactkit.domain.failure.PreconditionFailedException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A client's condition on an update or delete: none, or If-Unmodified-Since an instant. */
public final class UpdateCondition {

    private static final UpdateCondition NONE = new UpdateCondition(null);

    private final Instant unmodifiedSince;

    private UpdateCondition(Instant unmodifiedSince) {
        this.unmodifiedSince = unmodifiedSince;
    }

    public static UpdateCondition none() {
        return NONE;
    }

    public static UpdateCondition unmodifiedSince(Instant instant) {
        return new UpdateCondition(Objects.requireNonNull(instant, "instant"));
    }

    /**
     * Refuses when the contact was updated after the instant. HTTP dates have whole seconds, so both sides are
     * compared at that resolution: a contact updated within the second the client saw is unchanged for it.
     */
    void check(Instant updatedDate) {
        if (unmodifiedSince == null || updatedDate == null) {
            return;
        }
        if (updatedDate.truncatedTo(ChronoUnit.SECONDS).isAfter(unmodifiedSince.truncatedTo(ChronoUnit.SECONDS))) {
            throw new PreconditionFailedException(updatedDate, unmodifiedSince);
        }
    }
}
