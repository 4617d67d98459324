package io.contactkit.patch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.UpdateCondition;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldKind;
import io.contactkit.domain.port.CustomFieldType;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.Contacts;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.SampleLists;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes PATCH Contact/{id} with any JSON body, through the real ContactService (server-owned fields, validation,
 * custom-field rules): the patch is stored whole, or refused or failed with nothing stored; nothing else
 * may escape. In {@code mvn verify} this replays the committed inputs under {@code ContactPatchFuzzTestInputs/};
 * with {@code JAZZER_FUZZ=1} it fuzzes (see FUZZING.md).
 */
class ContactPatchFuzzTest {

    private static final Caller ADMIN = Caller.of(Principal.administrator("admin", 1));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
    /** Typed fields, so that patched values are checked against every type; other keys are kept as text. */
    private static final CustomFieldCatalog CATALOG = CustomFieldCatalog.of(List.of(
            new CustomFieldDefinition("SuperOffice:1", CustomFieldKind.USER_DEFINED, CustomFieldType.STRING, 40, null),
            new CustomFieldDefinition("SuperOffice:2", CustomFieldKind.USER_DEFINED, CustomFieldType.INTEGER, 0, null),
            new CustomFieldDefinition("SuperOffice:3", CustomFieldKind.USER_DEFINED, CustomFieldType.DECIMAL, 0, null),
            new CustomFieldDefinition("SuperOffice:4", CustomFieldKind.USER_DEFINED, CustomFieldType.DATE, 0, null),
            new CustomFieldDefinition("SuperOffice:5", CustomFieldKind.USER_DEFINED, CustomFieldType.BOOLEAN, 0, null),
            new CustomFieldDefinition("x_region", CustomFieldKind.EXTRA, CustomFieldType.LIST, 0,
                    List.of("north", "south"))), false);

    @FuzzTest
    void patchIsStoredWholeOrNotAtAll(byte[] input) {
        Optional<JsonInput> body = JsonInput.of(input);
        if (body.isEmpty()) {
            return;
        }
        Optional<PatchDocument> patch = FuzzOutcomes.parsed(body.get().value());
        if (patch.isEmpty()) {
            return;
        }
        InMemoryContactRepository repository = new InMemoryContactRepository();
        ContactService service = new ContactService(repository, new SampleLists(), CATALOG, CLOCK);
        int contactId = service.create(Contacts.fullyFilled(), ADMIN).contactId();
        StoredContact before = repository.find(contactId).orElseThrow();

        Optional<FuzzOutcomes.Applied<ContactEntity>> patched = FuzzOutcomes.applied(() ->
                service.patch(contactId, patch.get(), UpdateCondition.none(), ADMIN));

        if (patched.isPresent()) {
            assertEquals(patched.get().result(), service.get(contactId, ADMIN),
                    "what the patch answers is what a later GET gives");
        } else {
            assertEquals(before, repository.find(contactId).orElseThrow(), "a patch that fails stores nothing");
        }
    }
}
