package io.contactkit.domain;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.port.CompanyRecord;
import io.contactkit.domain.port.EnrichmentQuery;
import io.contactkit.domain.rules.WebDomains;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of contact enrichment: how a company is looked up for a contact, and how what is known about the company
 * merges into the contact. Enrichment only adds: it fills empty address parts and appends phones, emails and web
 * domains the contact lacks; everything a user entered stays as it is.
 */
final class Enrichment {

    private Enrichment() {
    }

    /**
     * What to look the contact's company up by. An EnrichId names the company outright and is the whole query;
     * without one the provider goes by the OrgNr, then the web domains (of the Urls, the Emails and the Domains, in
     * that order), then the Name within the contact's country.
     *
     * @param contact  the contact as the caller sees it (Country resolved, so its ISO code is known); may be null
     *                 when an EnrichId is given
     * @param enrichId the enrichment service's id of the company, or null or blank for none
     * @throws InvalidInputException when there is nothing to look a company up by
     */
    static EnrichmentQuery query(ContactEntity contact, String enrichId) {
        if (!isBlank(enrichId)) {
            return new EnrichmentQuery(enrichId.trim(), null, List.of(), null, null);
        }
        if (contact == null) {
            throw InvalidInputException.of("EnrichId", "is required when no ContactEntity is sent");
        }
        EnrichmentQuery query = new EnrichmentQuery(null, trimmed(contact.orgNr()), webDomains(contact),
                trimmed(contact.name()), countryCode(contact.country()));
        if (query.orgNr() == null && query.domains().isEmpty() && query.name() == null) {
            throw InvalidInputException.of("ContactEntity", "gives nothing to look its company up by: send an"
                    + " EnrichId, or a contact with an OrgNr, a web address, an email address, Domains or a Name");
        }
        return query;
    }

    /**
     * The contact with the company merged in: empty address parts filled (an Address is created when the contact
     * has none), and the company's phones, emails and web domains the contact lacks appended after its own. A phone
     * or email is lacking when no existing one has the same StrippedValue; a domain when none is equal ignoring
     * case. Nothing else changes.
     */
    static ContactEntity merged(ContactEntity contact, CompanyRecord company) {
        return contact.toBuilder()
                .address(AddressFill.filled(contact.address(), company.street(), company.postal()))
                .phones(appended(contact.phones(), company.phones(), ElementKind.PHONE))
                .emails(appended(contact.emails(), company.emails(), ElementKind.EMAIL))
                .domains(appendedDomains(contact.domains(), company.domains()))
                .build();
    }

    /**
     * A new contact for the company: the blank contact (the caller's default entity) named after the company, with
     * its OrgNr and everything {@link #merged} adds.
     */
    static ContactEntity newContact(ContactEntity blank, CompanyRecord company) {
        return merged(blank.toBuilder().name(company.name()).orgNr(company.orgNr()).build(), company);
    }

    /** The failure for a query no company matched, saying what was looked for. */
    static NotFoundException notFound(EnrichmentQuery query) {
        List<String> keys = new ArrayList<>();
        if (query.enrichId() != null) {
            keys.add("EnrichId '" + query.enrichId() + "'");
        }
        if (query.orgNr() != null) {
            keys.add("OrgNr '" + query.orgNr() + "'");
        }
        if (!query.domains().isEmpty()) {
            keys.add("web domain " + query.domains().stream().map(d -> "'" + d + "'")
                    .collect(Collectors.joining(", ")));
        }
        if (query.name() != null) {
            keys.add("Name '" + query.name() + "'" + (query.countryCode() == null ? "" : " in " + query.countryCode()));
        }
        return new NotFoundException("Company", "no company is known by " + String.join(" or ", keys));
    }

    private static List<String> webDomains(ContactEntity contact) {
        Set<String> domains = new LinkedHashSet<>();
        contact.urls().forEach(url -> WebDomains.ofAddress(url.value()).ifPresent(domains::add));
        contact.emails().forEach(email -> WebDomains.ofEmail(email.value()).ifPresent(domains::add));
        contact.domains().forEach(domain -> WebDomains.ofAddress(domain).ifPresent(domains::add));
        return List.copyOf(domains);
    }

    private static String countryCode(Country country) {
        String code = country == null ? null : trimmed(country.twoLetterISOCountry());
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static List<EntityElement> appended(List<EntityElement> present, List<String> offered,
                                                ElementKind kind) {
        Set<String> known = new HashSet<>();
        present.stream().map(EntityElement::value).filter(Objects::nonNull).map(kind::strip).forEach(known::add);
        List<EntityElement> merged = new ArrayList<>(present);
        for (String value : offered) {
            String stripped = value == null ? "" : kind.strip(value);
            if (!stripped.isEmpty() && known.add(stripped)) {
                merged.add(EntityElement.builder().value(value.trim()).strippedValue(stripped).build());
            }
        }
        return merged;
    }

    private static List<String> appendedDomains(List<String> present, List<String> offered) {
        Set<String> known = new HashSet<>();
        present.stream().filter(Objects::nonNull).map(Enrichment::domainKey).forEach(known::add);
        List<String> merged = new ArrayList<>(present);
        for (String domain : offered) {
            if (!isBlank(domain) && known.add(domainKey(domain))) {
                merged.add(domain.trim());
            }
        }
        return merged;
    }

    private static String domainKey(String domain) {
        return domain.trim().toLowerCase(Locale.ROOT);
    }

    private static String trimmed(String value) {
        return isBlank(value) ? null : value.trim();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
