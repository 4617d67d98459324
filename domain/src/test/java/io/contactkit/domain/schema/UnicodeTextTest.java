package io.contactkit.domain.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.LocalizedField;
import io.contactkit.domain.testing.Contacts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnicodeTextTest {

    @Test
    void wholeTextHasNoViolations() {
        ContactEntity contact = Contacts.fullyFilled().toBuilder().department("paired \uD83D\uDE00 is fine").build();

        assertEquals(List.of(), UnicodeText.violations(contact));
    }

    @Test
    void brokenTextIsNamedByItsPathThroughListsNestedListsAndDictionaries() {
        Map<String, String> customFields = new LinkedHashMap<>();
        customFields.put("fine", "ok");
        customFields.put("bad\u0000key", "ok");
        customFields.put("note", "lone \uDE00 low half");
        LocalizedField fine = LocalizedField.builder().name("City").value("Oslo").build();
        ContactEntity contact = Contacts.fullyFilled().toBuilder()
                .name("Dare\u0000Group")
                .emails(List.of(EntityElement.builder().value("a@b.example").build(),
                        EntityElement.builder().value("c@d.example").description("half \uD83D").build()))
                .address(Address.builder().localizedAddress(List.of(List.of(fine),
                        List.of(fine, fine.toBuilder().value("\uD83D\uD83D").build()))).build())
                .customFields(customFields)
                .build();

        List<String> paths = UnicodeText.violations(contact).stream().map(Violation::path).toList();

        assertEquals(List.of("Name", "Emails[1].Description", "Address.LocalizedAddress[1][1].Value",
                "CustomFields.bad\u0000key", "CustomFields.note"), paths);
    }
}
