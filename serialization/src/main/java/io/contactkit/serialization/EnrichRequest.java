package io.contactkit.serialization;

import io.contactkit.domain.model.ContactEntity;

/**
 * The body of {@code POST Agents/Contact/EnrichContactEntity}. It is read through the core's property model like any
 * carrier, so its wire names are its component names with the first letter in upper case.
 *
 * @param contactEntity the contact to enrich; null when the client sends none (as the seed sample does)
 * @param enrichId      the enrichment service's id of the company; may be null
 */
public record EnrichRequest(ContactEntity contactEntity, String enrichId) {
}
