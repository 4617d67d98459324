package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.model.ContactEntity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void contactLinksToItselfAndToItsArchiveUnderTheBaseUrlSelfFirst() {
        Map<String, String> links = Links.of(ContactEntity.builder().contactId(7).build(), "https://crm.example/ctx");

        assertEquals(List.of(Map.entry("Self", "https://crm.example/ctx/api/v1/contact/7"),
                Map.entry("Archive", "https://crm.example/ctx/api/v1/contact")), List.copyOf(links.entrySet()));
    }
}
