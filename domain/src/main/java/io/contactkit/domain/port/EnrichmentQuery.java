package io.contactkit.domain.port;

import java.util.List;

/**
 * What an enrichment lookup may go by, in the order a provider should try: the enrichment id, the organisation
 * number, the web domains, then name and country.
 */
public record EnrichmentQuery(String enrichId, String orgNr, List<String> domains, String name, String countryCode) {

    public EnrichmentQuery {
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
