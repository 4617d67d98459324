package io.contactkit.domain.customfields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.CustomFieldCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldsTest {

    private final CustomFields customFields = new CustomFields(CustomFieldCatalog.open());

    private final ContactEntity before = customFields.merge(ContactEntity.builder().name("Acme")
            .userDefinedFields(Map.of("SuperOffice:1", "gold"))
            .extraFields(Map.of("x_region", "north"))
            .build(), null);

    @Test
    void changeOfOneCustomFieldKeepsTheFieldsOfTheOtherKind() {
        ContactEntity after = before.toBuilder().customFields(with(before.customFields(), "SuperOffice:1", "silver"))
                .build();

        ContactEntity merged = customFields.mergeChange(before, after);

        assertEquals(Map.of("SuperOffice:1", "silver", "x_region", "north"), merged.customFields());
        assertEquals(Map.of("SuperOffice:1", "silver"), merged.userDefinedFields());
        assertEquals(Map.of("x_region", "north"), merged.extraFields());
    }

    @Test
    void removalFromCustomFieldsRemovesTheKeyFromItsDeprecatedMapOnly() {
        ContactEntity after = before.toBuilder().customFields(with(before.customFields(), "x_region", null)).build();

        ContactEntity merged = customFields.mergeChange(before, after);

        assertEquals(Map.of("SuperOffice:1", "gold"), merged.customFields());
        assertEquals(Map.of("SuperOffice:1", "gold"), merged.userDefinedFields());
        assertEquals(Map.of(), merged.extraFields());
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return changed;
    }
}
