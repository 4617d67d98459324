package io.contactkit.domain.port;

import java.util.List;

/**
 * Finds stored contacts (the "SimpleContact" archive). One call reads one consistent state of the store, with a
 * fixed number of statements whatever the page size or depth. Implementations report an unreachable or failing
 * store as {@link io.contactkit.domain.failure.StorageUnavailableException}.
 */
public interface ContactSearch {

    /** The contacts the query finds, in its order. */
    List<FoundContact> search(SearchQuery query);
}
