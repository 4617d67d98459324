package io.contactkit.domain.testing;

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
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Contacts for the repository tests, built on the POST seed sample. The "stored form" is what the core hands a
 * repository and gets back: list references by id only, the selected interests, consistent custom-field maps.
 */
public final class ContactFixtures {

    /** An actor the associate list does not know: a user without an associate of their own. */
    public static final Associate INTEGRATION_USER = Associate.builder().associateId(0).name("integration")
            .userName("integration").build();

    private ContactFixtures() {
    }

    /** The seed sample with every property the store keeps filled, in stored form. */
    public static ContactEntity everyPropertyFilled(Associate creator) {
        ContactEntity seed = SeedSamples.requestContact(SeedSamples.POST_CONTACT);
        // the POST sample's person has no PersonNumber (the PUT sample's persons do), and its ContactDepartment is ""
        Person person = seed.persons().get(0).toBuilder().personNumber("1093870").contactDepartment("Support")
                .build();
        ContactEntity filled = seed.toBuilder()
                .persons(List.of(person))
                .contactId(0)
                // the sample's Department is "", which SuperOffice writes for no department
                .department("Support")
                .createdBy(creator)
                .updatedBy(INTEGRATION_USER)
                .associate(Associate.builder().associateId(1).build())
                .supportAssociate(Associate.builder().associateId(2).build())
                .business(ListItem.builder().id(2).build())
                .category(ListItem.builder().id(1).build())
                .country(Country.builder().countryId(2).build())
                .ticketPriority(ListItem.builder().id(2).build())
                .customerLanguage(ListItem.builder().id(1).build())
                .interests(List.of(selectedInterest(272), selectedInterest(1)))
                .noMailing(true)
                .xstop(true)
                .supportPerson(person.toBuilder().personId(714).firstname("Åse").usePersonAddress(true).build())
                .address(address())
                .utmParameters(new SavedUtmParameters("newsletter", "email", "spring-2024", "banner", "crm"))
                .build();
        return consistentCustomFields(filled);
    }

    /** The record's components that still hold the value they have in the empty record. */
    public static List<String> componentsLeftEmpty(Record record, Record empty) {
        List<String> left = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                if (java.util.Objects.equals(accessor.invoke(record), accessor.invoke(empty))) {
                    left.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return left;
    }

    /** A contact with {@code count} of each kind of element, person, domain, custom field and address line. */
    public static ContactEntity withParts(ContactEntity contact, int count) {
        Map<String, String> customFields = new LinkedHashMap<>();
        IntStream.range(0, count).forEach(i -> customFields.put("SuperOffice:" + (100 + i), "value " + i));
        return consistentCustomFields(contact.toBuilder()
                .emails(elements(count, i -> "person" + i + "@example.com"))
                .urls(elements(count, i -> "https://example.com/" + i))
                .phones(elements(count, i -> "+47 22 00 00 " + i))
                .faxes(elements(count, i -> "+47 23 00 00 " + i))
                .persons(IntStream.range(0, count)
                        .mapToObj(i -> Person.builder().personId(i + 1).firstname("First" + i).build()).toList())
                .domains(IntStream.range(0, count).mapToObj(i -> "example" + i + ".com").toList())
                .bounceEmails(IntStream.range(0, count).mapToObj(i -> "bounce" + i + "@example.com").toList())
                .interests(IntStream.range(0, Math.min(count, 4)).mapToObj(i -> selectedInterest(List.of(1, 2, 272,
                        380).get(i))).toList())
                .customFields(customFields).userDefinedFields(Map.of()).extraFields(Map.of())
                .address(address().toBuilder()
                        .localizedAddress(IntStream.range(0, count).mapToObj(i -> List.of(localized("Line" + i)))
                                .toList())
                        .build())
                .build());
    }

    /** The contact with one more email, as a patch that appends to Emails makes it. */
    public static ContactEntity withEmailAppended(ContactEntity contact, String email) {
        List<EntityElement> emails = new ArrayList<>(contact.emails());
        emails.add(EntityElement.builder().value(email).build());
        return contact.toBuilder().emails(emails).build();
    }

    public static SelectableMDOListItem selectedInterest(int id) {
        return SelectableMDOListItem.builder().id(id).selected(true).build();
    }

    /**
     * The three custom-field maps as the core keeps them with an open catalog: CustomFields holds all (winning over
     * the other two for a key), UserDefinedFields and ExtraFields split them by kind ({@code x_} keys are extra).
     */
    public static ContactEntity consistentCustomFields(ContactEntity contact) {
        Map<String, String> values = new LinkedHashMap<>(contact.userDefinedFields());
        values.putAll(contact.extraFields());
        values.putAll(contact.customFields());
        Map<String, String> userDefined = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        values.forEach((key, value) -> (extra(key, contact) ? extra : userDefined).put(key, value));
        return contact.toBuilder().userDefinedFields(userDefined).extraFields(extra).customFields(values).build();
    }

    private static boolean extra(String key, ContactEntity contact) {
        if (contact.userDefinedFields().containsKey(key) || contact.extraFields().containsKey(key)) {
            return contact.extraFields().containsKey(key) && !contact.userDefinedFields().containsKey(key);
        }
        return !key.matches("SuperOffice:\\d+") && key.startsWith("x_");
    }

    public static Address address() {
        StructuredAddress street = StructuredAddress.builder().atypeIdx("Street").address1("Storgata 1")
                .address2("").address3("Bakgården").city("Oslo").county("Oslo").state("").zipcode("0155")
                .formatted("Storgata 1\nBakgården\n0155 Oslo\nOslo").build();
        StructuredAddress postal = StructuredAddress.builder().atypeIdx("Postal").address1("Postboks 12")
                .zipcode("0101").city("Oslo").formatted("Postboks 12\n0101 Oslo").build();
        return Address.builder()
                .wgs84Latitude(59.913868899999996)
                .wgs84Longitude(-10.752245399999999)
                .localizedAddress(List.of(List.of(localized("Address1"), localized("Address2")), List.of(),
                        List.of(localized("City"))))
                .street(street)
                .postal(postal)
                .formatted("Postboks 12\n0101 Oslo")
                .build();
    }

    private static LocalizedField localized(String name) {
        return LocalizedField.builder().name(name).value(name + " value").tooltip(name + " tip").label(name)
                .valueLength(40).addressType("Street").build();
    }

    private static List<EntityElement> elements(int count, java.util.function.IntFunction<String> value) {
        return IntStream.range(0, count).mapToObj(i -> EntityElement.builder().value(value.apply(i))
                .strippedValue(value.apply(i).replace(" ", "")).description(i % 2 == 0 ? "" : null).build())
                .toList();
    }
}
