package io.contactkit.domain;

import io.contactkit.domain.failure.PreconditionFailedException;
import io.contactkit.domain.port.StoredContact;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A client's conditions on a request (RFC 9110, section 13): {@code If-Match} and {@code If-None-Match} name stored
 * versions (the entity tags an answer carries), {@code If-Unmodified-Since} and {@code If-Modified-Since} name
 * instants at the whole seconds of HTTP dates. They are evaluated in the RFC's order: If-Match, or else
 * If-Unmodified-Since; then If-None-Match, or else (for a read) If-Modified-Since.
 *
 * <p>A second is coarse: a contact can change twice within one, and a client that read the first state sees the
 * same {@code Last-Modified} as one that read the second. So If-Unmodified-Since grants a write only where the
 * contact changed at most once in the second it names; otherwise the client has to read the contact again and send
 * its entity tag in If-Match.
 */
public final class Preconditions {

    private static final Preconditions NONE = new Preconditions(null, null, null, null);

    private final Versions ifMatch;
    private final Instant ifUnmodifiedSince;
    private final Versions ifNoneMatch;
    private final Instant ifModifiedSince;

    private Preconditions(Versions ifMatch, Instant ifUnmodifiedSince, Versions ifNoneMatch,
                          Instant ifModifiedSince) {
        this.ifMatch = ifMatch;
        this.ifUnmodifiedSince = ifUnmodifiedSince;
        this.ifNoneMatch = ifNoneMatch;
        this.ifModifiedSince = ifModifiedSince;
    }

    public static Preconditions none() {
        return NONE;
    }

    /** Only if the contact is at one of these versions. */
    public Preconditions ifMatch(Versions versions) {
        return new Preconditions(Objects.requireNonNull(versions, "versions"), ifUnmodifiedSince, ifNoneMatch,
                ifModifiedSince);
    }

    /** Only if the contact has not changed after this instant's second, as far as the second tells. */
    public Preconditions ifUnmodifiedSince(Instant instant) {
        return new Preconditions(ifMatch, Objects.requireNonNull(instant, "instant"), ifNoneMatch, ifModifiedSince);
    }

    /** A write only if the contact is at none of these versions; a read answers "not modified" if it is. */
    public Preconditions ifNoneMatch(Versions versions) {
        return new Preconditions(ifMatch, ifUnmodifiedSince, Objects.requireNonNull(versions, "versions"),
                ifModifiedSince);
    }

    /** A read answers "not modified" unless the contact changed after this instant's second. */
    public Preconditions ifModifiedSince(Instant instant) {
        return new Preconditions(ifMatch, ifUnmodifiedSince, ifNoneMatch, Objects.requireNonNull(instant,
                "instant"));
    }

    /**
     * Whether the client's copy is the current one, so that a read answers "not modified" (304): If-None-Match names
     * the revision's version, or, without If-None-Match, the contact has not changed after If-Modified-Since.
     */
    public boolean notModified(ContactRevision revision) {
        if (ifNoneMatch != null) {
            return ifNoneMatch.contains(revision.version());
        }
        Instant updated = revision.contact().updatedDate();
        return ifModifiedSince != null && updated != null
                && updated.getEpochSecond() <= ifModifiedSince.getEpochSecond();
    }

    /** @throws PreconditionFailedException when If-Match or If-Unmodified-Since fails for a read of the contact */
    void requireForRead(StoredContact stored) {
        requireUnchanged(stored);
    }

    /**
     * @throws PreconditionFailedException when If-Match or If-Unmodified-Since fails, or If-None-Match names the
     *                                     contact's version, for a write of the contact
     */
    void requireForWrite(StoredContact stored) {
        requireUnchanged(stored);
        if (ifNoneMatch != null && ifNoneMatch.contains(stored.version())) {
            throw new PreconditionFailedException("contact " + stored.entity().contactId()
                    + " is at a version If-None-Match names");
        }
    }

    private void requireUnchanged(StoredContact stored) {
        int id = stored.entity().contactId();
        if (ifMatch != null) {
            if (!ifMatch.contains(stored.version())) {
                throw new PreconditionFailedException("contact " + id + " is no longer at a version If-Match names;"
                        + " read it again");
            }
            return;
        }
        if (ifUnmodifiedSince == null || stored.entity().updatedDate() == null) {
            return;
        }
        long second = ifUnmodifiedSince.getEpochSecond();
        long updated = stored.entity().updatedDate().getEpochSecond();
        if (updated > second) {
            throw new PreconditionFailedException("contact " + id + " was changed after If-Unmodified-Since");
        }
        Instant previous = stored.previousUpdatedDate();
        if (updated == second && previous != null && previous.getEpochSecond() == second) {
            throw new PreconditionFailedException("contact " + id + " changed more than once within the second"
                    + " If-Unmodified-Since names, so it may have changed since it was read; read it again and send"
                    + " its ETag in If-Match");
        }
    }

    /**
     * The versions an entity-tag list names: any version ({@code *}), or the given ones. A tag that names no version
     * of this store is simply left out, so that it matches nothing.
     */
    public record Versions(boolean anyVersion, Set<Long> versions) {

        public Versions {
            versions = Set.copyOf(versions);
        }

        public static Versions any() {
            return new Versions(true, Set.of());
        }

        public static Versions of(Collection<Long> versions) {
            return new Versions(false, Set.copyOf(versions));
        }

        boolean contains(long version) {
            return anyVersion || versions.contains(version);
        }
    }
}
