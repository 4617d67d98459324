package io.contactkit.domain.port;

import java.util.Optional;

/**
 * A source of company data. Implementations report an unreachable, slow or nonsensical source as
 * {@link io.contactkit.domain.failure.UpstreamFailureException}.
 */
public interface EnrichmentProvider {

    /** The company the query identifies, if the source knows it. */
    Optional<CompanyRecord> lookup(EnrichmentQuery query);
}
