package io.contactkit.http;

import io.contactkit.domain.model.ContactEntity;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code _Links} a REST endpoint answers a contact with, as the seed pages show them. */
final class Links {

    private Links() {
    }

    /** Self (the contact) and Archive (the collection it belongs to), under the request's base URL. */
    static Map<String, String> of(ContactEntity contact, String baseUrl) {
        String archive = baseUrl + "/api/v1/contact";
        Map<String, String> links = new LinkedHashMap<>();
        links.put("Self", archive + "/" + contact.contactId());
        links.put("Archive", archive);
        return links;
    }
}
