package io.contactkit.domain.port;

import io.contactkit.domain.model.StructuredAddress;
import java.util.List;

/** What an enrichment provider knows about a company. */
public record CompanyRecord(String enrichId, String name, String orgNr, StructuredAddress postal,
                            StructuredAddress street, List<String> phones, List<String> emails, List<String> domains) {

    public CompanyRecord {
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
