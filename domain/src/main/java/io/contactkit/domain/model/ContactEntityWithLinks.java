package io.contactkit.domain.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A contact as the REST endpoints answer it: the entity plus its {@code _Links}.
 *
 * @param entity the contact
 * @param links  link name to absolute URL, in the order they are written
 */
public record ContactEntityWithLinks(ContactEntity entity, Map<String, String> links) {

    public ContactEntityWithLinks {
        Objects.requireNonNull(entity, "entity");
        links = Maps.ordered(links);
    }

    /** The links the seed pages show: Self (the contact) and Archive (the collection it belongs to). */
    public static ContactEntityWithLinks of(ContactEntity entity, String baseUrl) {
        String archive = baseUrl + "/api/v1/contact";
        Map<String, String> links = new LinkedHashMap<>();
        links.put("Self", archive + "/" + entity.contactId());
        links.put("Archive", archive);
        return new ContactEntityWithLinks(entity, links);
    }
}
