package io.contactkit.enrichment;

import io.contactkit.domain.port.CompanyRecord;

/**
 * A company as a source knows it: what merges into a contact, and the country it is registered in, which lookups
 * by name need.
 *
 * @param country ISO 3166 two-letter code in upper case, or null when unknown
 */
record KnownCompany(String country, CompanyRecord record) {
}
