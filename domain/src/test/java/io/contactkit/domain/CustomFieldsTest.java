package io.contactkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldKind;
import io.contactkit.domain.port.CustomFieldType;
import io.contactkit.domain.testing.SeedSamples;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldsTest {

    private final CustomFields open = new CustomFields(CustomFieldCatalog.open());

    private final ContactEntity storedWithBothKinds = open.merge(ContactEntity.builder().name("Acme")
            .userDefinedFields(Map.of("SuperOffice:1", "gold"))
            .extraFields(Map.of("x_region", "north"))
            .build(), null);

    @Test
    void seedSampleMapsMergeIntoOneStoreWithTheThreeMapsConsistent() {
        ContactEntity merged = open.merge(SeedSamples.requestContact(SeedSamples.POST_CONTACT), null);

        assertEquals(Map.of("SuperOffice:1", "Mitchel McDermott", "SuperOffice:2", "1944835089",
                "CustomFields1", "unde", "CustomFields2", "vel"), merged.userDefinedFields());
        assertEquals(Map.of("ExtraFields1", "aut", "ExtraFields2", "pariatur"), merged.extraFields());
        Map<String, String> union = new LinkedHashMap<>(merged.userDefinedFields());
        union.putAll(merged.extraFields());
        assertEquals(union, merged.customFields());
    }

    @Test
    void customFieldsWinOverTheDeprecatedMapsForTheSameKey() {
        ContactEntity sent = ContactEntity.builder()
                .userDefinedFields(Map.of("SuperOffice:1", "old udef"))
                .extraFields(Map.of("x_size", "old extra"))
                .customFields(Map.of("SuperOffice:1", "new", "x_size", "big"))
                .build();

        ContactEntity merged = open.merge(sent, null);

        assertEquals(Map.of("SuperOffice:1", "new"), merged.userDefinedFields());
        assertEquals(Map.of("x_size", "big"), merged.extraFields());
    }

    @Test
    void keysOnlyInCustomFieldsTakeTheirKindFromTheCatalogOrTheirForm() {
        CustomFields catalogued = new CustomFields(CustomFieldCatalog.of(List.of(
                new CustomFieldDefinition("revenue", CustomFieldKind.EXTRA, CustomFieldType.DECIMAL, 0, null)),
                false));
        ContactEntity sent = ContactEntity.builder()
                .customFields(Map.of("revenue", "10.5", "x_region", "north", "SuperOffice:7", "a", "prog.id", "b"))
                .build();

        ContactEntity merged = catalogued.merge(sent, null);

        assertEquals(Map.of("revenue", "10.5", "x_region", "north"), merged.extraFields());
        assertEquals(Map.of("SuperOffice:7", "a", "prog.id", "b"), merged.userDefinedFields());
    }

    @Test
    void aKeyKeepsTheKindItWasStoredWith() {
        ContactEntity stored = open.merge(ContactEntity.builder().extraFields(Map.of("legacy", "1")).build(), null);

        ContactEntity merged = open.merge(ContactEntity.builder().customFields(Map.of("legacy", "2")).build(), stored);

        assertEquals(Map.of("legacy", "2"), merged.extraFields());
    }

    @Test
    void aChangeInAnyOneMapReachesAllThreeAndARemovalRemovesEverywhere() {
        ContactEntity before = open.merge(ContactEntity.builder()
                .userDefinedFields(Map.of("SuperOffice:1", "a", "SuperOffice:2", "b"))
                .extraFields(Map.of("x_1", "c")).build(), null);
        Map<String, String> udef = new LinkedHashMap<>(before.userDefinedFields());
        udef.put("SuperOffice:1", "changed in the deprecated map");
        Map<String, String> custom = new LinkedHashMap<>(before.customFields());
        custom.remove("SuperOffice:2");
        custom.put("x_2", "added");

        ContactEntity after = open.mergeChange(before,
                before.toBuilder().userDefinedFields(udef).customFields(custom).build());

        assertEquals(Map.of("SuperOffice:1", "changed in the deprecated map"), after.userDefinedFields());
        assertEquals(Map.of("x_1", "c", "x_2", "added"), after.extraFields());
        assertEquals(3, after.customFields().size());
    }

    @Test
    void catalogRefusesValuesThatDoNotFitTheirTypeNamingTheKey() {
        CustomFields typed = new CustomFields(CustomFieldCatalog.of(List.of(
                new CustomFieldDefinition("SuperOffice:1", CustomFieldKind.USER_DEFINED, CustomFieldType.INTEGER, 0,
                        null),
                new CustomFieldDefinition("x_when", CustomFieldKind.EXTRA, CustomFieldType.DATE, 0, null),
                new CustomFieldDefinition("x_ok", CustomFieldKind.EXTRA, CustomFieldType.BOOLEAN, 0, null),
                new CustomFieldDefinition("x_tier", CustomFieldKind.EXTRA, CustomFieldType.LIST, 0,
                        List.of("gold", "silver")),
                new CustomFieldDefinition("x_code", CustomFieldKind.EXTRA, CustomFieldType.STRING, 3, null),
                new CustomFieldDefinition("x_amount", CustomFieldKind.EXTRA, CustomFieldType.DECIMAL, 0, null)),
                false));
        ContactEntity contact = typed.merge(ContactEntity.builder().customFields(Map.of(
                "SuperOffice:1", "12.5", "x_when", "2024-02-30", "x_ok", "yes", "x_tier", "bronze",
                "x_code", "ABCD", "x_amount", "1e3")).build(), null);

        List<String> refused = typed.violations(contact).stream().map(Violation::path).sorted().toList();

        assertEquals(List.of("CustomFields.SuperOffice:1", "CustomFields.x_code", "CustomFields.x_ok",
                "CustomFields.x_tier", "CustomFields.x_when"), refused);
    }

    /** Parsing each such value took over half a second of CPU on JDK 17, and a decimal was accepted. */
    @Test
    void overlongNumbersAreRefusedPromptlyAsNotFittingTheirType() {
        CustomFields typed = new CustomFields(CustomFieldCatalog.of(List.of(
                new CustomFieldDefinition("SuperOffice:1", CustomFieldKind.USER_DEFINED, CustomFieldType.INTEGER, 0,
                        null),
                new CustomFieldDefinition("x_amount", CustomFieldKind.EXTRA, CustomFieldType.DECIMAL, 0, null)),
                false));
        String huge = "1" + "0".repeat(65_000);
        ContactEntity contact = typed.merge(ContactEntity.builder().customFields(Map.of(
                "SuperOffice:1", huge, "x_amount", huge)).build(), null);

        List<String> refused = assertTimeoutPreemptively(Duration.ofMillis(500), () ->
                typed.violations(contact).stream().map(Violation::path).sorted().toList());

        assertEquals(List.of("CustomFields.SuperOffice:1", "CustomFields.x_amount"), refused);
    }

    @Test
    void closedCatalogRefusesUnknownKeysByNameAndOpenCatalogKeepsThem() {
        CustomFields closed = new CustomFields(CustomFieldCatalog.of(List.of(
                new CustomFieldDefinition("known", CustomFieldKind.USER_DEFINED, CustomFieldType.STRING, 0, null)),
                true));
        ContactEntity contact = ContactEntity.builder().customFields(Map.of("known", "a", "stranger", "b")).build();

        List<Violation> refused = closed.violations(contact);

        assertEquals(1, refused.size());
        assertEquals("CustomFields.stranger", refused.get(0).path());
        assertTrue(open.violations(contact).isEmpty());
    }

    @Test
    void keysThatAreNoFieldNamesAreRefusedByNameWhateverTheCatalog() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : List.of("SuperOffice:1", "x_region", "prog.id", "CustomFields1", "Ærlig-2", "x'; DROP TABLE "
                + "contact;--", "a\" OR 1=1", "with space", "", "k(1)", "x".repeat(201))) {
            values.put(key, "v");
        }
        ContactEntity contact = open.merge(ContactEntity.builder().customFields(values).build(), null);

        List<String> refused = open.violations(contact).stream().map(Violation::path).toList();

        assertEquals(List.of("CustomFields.x'; DROP TABLE contact;--", "CustomFields.a\" OR 1=1",
                "CustomFields.with space", "CustomFields.", "CustomFields.k(1)",
                "CustomFields." + "x".repeat(200) + "..."), refused);
    }

    @Test
    void changeOfOneCustomFieldKeepsTheFieldsOfTheOtherKind() {
        ContactEntity after = storedWithBothKinds.toBuilder()
                .customFields(with(storedWithBothKinds.customFields(), "SuperOffice:1", "silver")).build();

        ContactEntity merged = open.mergeChange(storedWithBothKinds, after);

        assertEquals(Map.of("SuperOffice:1", "silver", "x_region", "north"), merged.customFields());
        assertEquals(Map.of("SuperOffice:1", "silver"), merged.userDefinedFields());
        assertEquals(Map.of("x_region", "north"), merged.extraFields());
    }

    @Test
    void removalFromCustomFieldsRemovesTheKeyFromItsDeprecatedMapOnly() {
        ContactEntity after = storedWithBothKinds.toBuilder()
                .customFields(with(storedWithBothKinds.customFields(), "x_region", null)).build();

        ContactEntity merged = open.mergeChange(storedWithBothKinds, after);

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
