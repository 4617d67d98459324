package io.contactkit.domain.failure;

import java.time.Instant;

/** The entity changed after the instant the client said it must not have changed since (If-Unmodified-Since). */
public final class PreconditionFailedException extends ContactKitException {

    private static final long serialVersionUID = 1L;

    private final Instant updatedDate;
    private final Instant unmodifiedSince;

    public PreconditionFailedException(Instant updatedDate, Instant unmodifiedSince) {
        super("the contact was updated at " + updatedDate + ", after " + unmodifiedSince);
        this.updatedDate = updatedDate;
        this.unmodifiedSince = unmodifiedSince;
    }

    public Instant updatedDate() {
        return updatedDate;
    }

    public Instant unmodifiedSince() {
        return unmodifiedSince;
    }
}
