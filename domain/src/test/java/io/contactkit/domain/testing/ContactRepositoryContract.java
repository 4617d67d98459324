package io.contactkit.domain.testing;

import static io.contactkit.domain.testing.ContactFixtures.INTEGRATION_USER;
import static io.contactkit.domain.testing.ContactFixtures.componentsLeftEmpty;
import static io.contactkit.domain.testing.ContactFixtures.everyPropertyFilled;
import static io.contactkit.domain.testing.ContactFixtures.selectedInterest;
import static io.contactkit.domain.testing.ContactFixtures.withParts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.LocalizedField;
import io.contactkit.domain.model.Person;
import io.contactkit.domain.model.SavedUtmParameters;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.StaleVersionException;
import io.contactkit.domain.port.StoredContact;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContactRepository} does, whatever keeps the contacts: the in-memory one the other modules' tests
 * use as much as the JDBC store on each database. A subclass answers the repository under test; tests create their
 * own contacts and never depend on each other's.
 */
public abstract class ContactRepositoryContract {

    /** Seven-digit fractions, as .NET clients send them, and a full nanosecond one. */
    private static final Instant SEVEN_DIGITS = Instant.parse("2020-04-01T10:15:26.5796409Z");
    private static final Instant NINE_DIGITS = Instant.parse("2031-02-03T04:05:06.123456789Z");
    private static final Instant BEFORE_EPOCH = Instant.parse("1969-12-31T23:59:59.000000001Z");
    private static final Instant LAST_NANOSECOND_OF_9999 = Instant.parse("9999-12-31T23:59:59.999999999Z");

    /** The repository under test, the same one for every test of the class. */
    protected abstract ContactRepository contacts();

    @Test
    void everyPropertySurvivesInsertAndFind() {
        ContactEntity contact = everyPropertyFilled(INTEGRATION_USER);
        assertEveryStoredPropertyFilled(contact);

        StoredContact inserted = contacts().insert(contact);

        assertEquals(1, inserted.version());
        assertEquals(contact.toBuilder().contactId(inserted.entity().contactId()).build(), inserted.entity());
        assertEquals(Optional.of(inserted), contacts().find(inserted.entity().contactId()));
    }

    @Test
    void insertGivesEachContactItsOwnId() {
        ContactEntity contact = named("Twin");

        int first = contacts().insert(contact).entity().contactId();
        int second = contacts().insert(contact).entity().contactId();

        assertTrue(first > 0 && second > 0 && first != second, first + " and " + second);
    }

    @Test
    void updateReplacesEveryPartAndRaisesTheVersion() {
        StoredContact stored = contacts().insert(withParts(everyPropertyFilled(INTEGRATION_USER), 3));
        ContactEntity changed = stored.entity().toBuilder()
                .name("Renamed")
                .emails(List.of(EntityElement.builder().value("only@example.com").build()))
                .urls(List.of()).phones(List.of()).faxes(List.of())
                .persons(List.of(Person.builder().firstname("Solo").build()))
                .supportPerson(null)
                .interests(List.of(selectedInterest(380)))
                .domains(List.of("renamed.example"))
                .bounceEmails(List.of())
                .customFields(Map.of()).userDefinedFields(Map.of()).extraFields(Map.of())
                .address(null)
                .utmParameters(null)
                .business(null).country(null).associate(null)
                .build();

        StoredContact updated = contacts().update(changed, stored.version());

        assertEquals(new StoredContact(changed, 2), updated);
        assertEquals(Optional.of(updated), contacts().find(changed.contactId()));
    }

    @Test
    void updateFromAnOutdatedVersionIsRefusedAndChangesNothing() {
        StoredContact stored = contacts().insert(named("Original"));
        StoredContact current = contacts().update(stored.entity().toBuilder().name("First writer").build(), 1);

        assertThrows(StaleVersionException.class,
                () -> contacts().update(stored.entity().toBuilder().name("Second writer").build(), 1));

        assertEquals(Optional.of(current), contacts().find(stored.entity().contactId()));
    }

    @Test
    void updateOfAMissingContactIsNotFound() {
        ContactEntity missing = named("Nobody").toBuilder().contactId(Integer.MAX_VALUE).build();

        assertThrows(NotFoundException.class, () -> contacts().update(missing, 1));
    }

    @Test
    void updateFromTheStoredStateWritesEveryChangedPart() {
        ContactEntity filled = withParts(everyPropertyFilled(INTEGRATION_USER), 3);
        StoredContact bare = contacts().insert(named("Bare"));
        ContactEntity everything = filled.toBuilder().contactId(bare.entity().contactId()).build();

        StoredContact grown = contacts().update(bare, everything);
        assertEquals(Optional.of(grown), contacts().find(everything.contactId()));

        StoredContact changed = contacts().update(contacts().find(everything.contactId()).orElseThrow(),
                withParts(everything, 2).toBuilder().supportPerson(null).address(null).utmParameters(null).build());
        assertEquals(3, changed.version());
        assertEquals(Optional.of(changed), contacts().find(everything.contactId()));

        StoredContact emptied = contacts().update(changed, named("Bare again").toBuilder()
                .contactId(everything.contactId()).build());
        assertEquals(Optional.of(emptied), contacts().find(everything.contactId()));
    }

    @Test
    void updateFromAnOutdatedStateIsRefusedAndChangesNothing() {
        StoredContact stored = storedWithEveryPart();
        StoredContact current = contacts().update(stored, stored.entity().toBuilder().name("First writer").build());

        assertThrows(StaleVersionException.class, () -> contacts().update(stored,
                withParts(stored.entity(), 1).toBuilder().name("Second writer").build()));

        assertEquals(Optional.of(current), contacts().find(stored.entity().contactId()));
    }

    @Test
    void updateFromTheStateOfAnotherContactIsRefused() {
        StoredContact one = contacts().insert(named("One"));
        StoredContact other = contacts().insert(named("Other"));

        assertThrows(IllegalArgumentException.class,
                () -> contacts().update(one, other.entity().toBuilder().name("Changed").build()));

        assertEquals(Optional.of(other), contacts().find(other.entity().contactId()));
    }

    @Test
    void findOfAMissingContactIsEmpty() {
        assertEquals(Optional.empty(), contacts().find(Integer.MAX_VALUE));
    }

    @Test
    void deleteRemovesTheContact() {
        StoredContact stored = contacts().insert(everyPropertyFilled(INTEGRATION_USER));
        int id = stored.entity().contactId();

        contacts().delete(id, stored.version());

        assertEquals(Optional.empty(), contacts().find(id));
        assertThrows(NotFoundException.class, () -> contacts().update(stored.entity(), stored.version()));
    }

    @Test
    void deleteFromAnOutdatedVersionIsRefusedAndKeepsTheContact() {
        StoredContact stored = contacts().insert(named("Keeper"));
        StoredContact current = contacts().update(stored.entity().toBuilder().name("Kept").build(), 1);

        assertThrows(StaleVersionException.class, () -> contacts().delete(stored.entity().contactId(), 1));

        assertEquals(Optional.of(current), contacts().find(stored.entity().contactId()));
    }

    @Test
    void deleteOfAMissingContactIsNotFound() {
        assertThrows(NotFoundException.class, () -> contacts().delete(Integer.MAX_VALUE, 1));
    }

    @Test
    void unicodeAndStringsAtTheirLengthLimitsSurviveExactly() {
        ContactEntity contact = named(exactly(200, "Æøå 名前 😀 שלום e\u0301 👩\u200D👩\u200D👧 "))
                .toBuilder()
                .department(exactly(200, "'; DROP TABLE contact; -- %_\\ \"quoted\" "))
                .orgNr(exactly(40, "٠١٢٣٤٥٦٧٨٩"))
                .description(exactly(2000, "línea\r\n\ttab\u00A0nbsp\u2028sep 🎉 "))
                .dbiKey(exactly(255, "ключ-"))
                .kananame(exactly(200, "カナ"))
                .emails(List.of(EntityElement.builder().value(exactly(255, "ø@例え.jp ")).strippedValue("")
                        .description(exactly(200, "ß")).build()))
                .domains(List.of(exactly(255, "bücher.example.")))
                .persons(List.of(Person.builder().firstname(exactly(50, "Ørjan ")).lastname(exactly(50, "Ñandú"))
                        .description(exactly(100_000, "long text without a model limit 📎 ")).build()))
                .address(Address.builder().street(StructuredAddress.builder().address1(exactly(255, "Gate ✓"))
                        .city(exactly(100, "Tromsø")).zipcode(exactly(20, "9Ø")).build()).build())
                .customFields(Map.of("x_notes", exactly(100_000, "notat ")))
                .build();

        assertRoundTrip(ContactFixtures.consistentCustomFields(contact));
    }

    @Test
    void emptyAndMissingStringsStayDistinct() {
        Map<String, String> customFields = new LinkedHashMap<>();
        customFields.put("SuperOffice:1", "");
        customFields.put("SuperOffice:2", null);
        ContactEntity contact = named("").toBuilder()
                .department("")
                .orgNr(null)
                .emails(List.of(EntityElement.builder().value("").description(null).build(),
                        EntityElement.builder().value(null).description("").build()))
                .persons(List.of(Person.builder().firstname("").lastname(null).middleName("").build()))
                .address(Address.builder().formatted("").postal(StructuredAddress.builder().address1("")
                        .build()).build())
                .utmParameters(new SavedUtmParameters("", null, "", null, ""))
                .customFields(customFields)
                .build();

        assertRoundTrip(ContactFixtures.consistentCustomFields(contact));
    }

    /** Not every store can keep U+0000 or a lone surrogate exactly, so no repository takes them. */
    @Test
    void textNoStoreKeepsExactlyIsRefusedNamingWhereItIs() {
        ContactEntity contact = named("before\u0000after").toBuilder()
                .department("paired 😀 surrogates are fine")
                .emails(List.of(EntityElement.builder().value("a@example.com").description("lone \uD800 half")
                        .build()))
                .build();

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> contacts().insert(contact));

        assertEquals(List.of("Name", "Emails[0].Description"),
                refused.violations().stream().map(Violation::path).toList());
    }

    @Test
    void textNoStoreKeepsExactlyFailsTheUpdateWhole() {
        StoredContact stored = contacts().insert(withParts(named("Intact"), 2));
        ContactEntity broken = withParts(stored.entity(), 3).toBuilder().department("lone \uDC00 half").build();

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> contacts().update(broken, stored.version()));

        assertEquals(List.of("Department"), refused.violations().stream().map(Violation::path).toList());
        assertEquals(Optional.of(stored), contacts().find(stored.entity().contactId()));
    }

    @Test
    void instantsKeepEveryNanosecond() {
        ContactEntity contact = named("Timekeeper").toBuilder()
                .createdDate(SEVEN_DIGITS)
                .updatedDate(NINE_DIGITS)
                .dbiLastSyncronized(BEFORE_EPOCH)
                .dbiLastModified(LAST_NANOSECOND_OF_9999)
                .build();

        ContactEntity found = assertRoundTrip(contact);

        assertEquals(579_640_900, found.createdDate().getNano());
        assertEquals(123_456_789, found.updatedDate().getNano());
    }

    /** Display values are the core's business, in the caller's language: a store keeps the reference only. */
    @Test
    void listReferencesComeBackAsTheirIds() {
        ContactEntity contact = named("Referencing").toBuilder()
                .business(new ListItem(2, "Detaljhandel", "Retail"))
                .category(new ListItem(1, "Kunde", null))
                .country(Country.builder().countryId(1).name("Norge").englishName("Norway")
                        .twoLetterISOCountry("NO").build())
                .associate(Associate.builder().associateId(2).name("RITA").userName("rita").build())
                .supportAssociate(Associate.builder().associateId(1).name("ADMIN").build())
                .build();

        ContactEntity found = contacts().find(contacts().insert(contact).entity().contactId()).orElseThrow().entity();

        assertEquals(ListItem.builder().id(2).build(), found.business());
        assertEquals(ListItem.builder().id(1).build(), found.category());
        assertEquals(Country.builder().countryId(1).build(), found.country());
        assertEquals(Associate.builder().associateId(2).build(), found.associate());
        assertEquals(Associate.builder().associateId(1).build(), found.supportAssociate());
    }

    @Test
    void interestsComeBackAsTheSelectedOnesByTheirIds() {
        ContactEntity contact = named("Interested").toBuilder()
                .interests(List.of(SelectableMDOListItem.builder().id(272).name("Messer").selected(true).build(),
                        SelectableMDOListItem.builder().id(380).name("Nyhetsbrev").selected(false).build()))
                .build();

        ContactEntity found = contacts().find(contacts().insert(contact).entity().contactId()).orElseThrow().entity();

        assertEquals(List.of(selectedInterest(272)), found.interests());
    }

    /** A property the store forgot would go unnoticed in a round trip if the fixture left it at its default. */
    private static void assertEveryStoredPropertyFilled(ContactEntity contact) {
        assertEquals(List.of("contactId", "tableRight", "fieldProperties"),
                componentsLeftEmpty(contact, ContactEntity.builder().build()), "left empty in the fixture");
        Address address = contact.address();
        List<Record> parts = List.of(contact.emails().get(0), contact.supportPerson(), address, address.street(),
                address.localizedAddress().get(0).get(0), contact.utmParameters());
        List<Record> empties = List.of(EntityElement.builder().build(), Person.builder().build(),
                Address.builder().build(), StructuredAddress.builder().build(), LocalizedField.builder().build(),
                SavedUtmParameters.builder().build());
        for (int i = 0; i < parts.size(); i++) {
            assertEquals(List.of(), componentsLeftEmpty(parts.get(i), empties.get(i)),
                    "left empty in the fixture's " + parts.get(i).getClass().getSimpleName());
        }
    }

    private ContactEntity assertRoundTrip(ContactEntity contact) {
        StoredContact inserted = contacts().insert(contact);
        ContactEntity found = contacts().find(inserted.entity().contactId()).orElseThrow().entity();
        assertEquals(inserted.entity(), found);
        return found;
    }

    /** A contact with three of each part, as the repository gives it back. */
    private StoredContact storedWithEveryPart() {
        ContactEntity contact = withParts(everyPropertyFilled(INTEGRATION_USER), 3);
        return contacts().find(contacts().insert(contact).entity().contactId()).orElseThrow();
    }

    protected static ContactEntity named(String name) {
        return ContactEntity.builder().name(name).build();
    }

    /** The pattern repeated and cut to exactly {@code length} UTF-16 units, the unit the model's @Size counts. */
    protected static String exactly(int length, String pattern) {
        StringBuilder text = new StringBuilder(length + pattern.length());
        while (text.length() < length) {
            text.append(pattern);
        }
        text.setLength(length);
        if (Character.isHighSurrogate(text.charAt(length - 1))) {
            text.setCharAt(length - 1, 'x');
        }
        return text.toString();
    }
}
