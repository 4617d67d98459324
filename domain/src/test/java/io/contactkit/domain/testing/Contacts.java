package io.contactkit.domain.testing;

import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.LocalizedField;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.model.StructuredAddress;
import java.util.List;

/** Contacts for tests, built on the seed samples. */
public final class Contacts {

    private Contacts() {
    }

    /**
     * The POST Contact seed request with every property filled: its placeholder emails made valid, its null
     * references pointed at {@link SampleLists} items, and an address and support person added.
     */
    public static ContactEntity fullyFilled() {
        ContactEntity seed = SeedSamples.requestContact(SeedSamples.POST_CONTACT);
        return seed.toBuilder()
                .emails(List.of(email("sales@dare.example", "Sales"), email("Post@Dare.Example ", "Post")))
                .interests(List.of(SelectableMDOListItem.builder().id(272).selected(true).build(),
                        SelectableMDOListItem.builder().id(380).selected(false).build()))
                .associate(Associate.builder().associateId(1).build())
                .supportAssociate(Associate.builder().associateId(2).build())
                .business(new ListItem(2, null, null))
                .category(new ListItem(1, null, null))
                .country(Country.builder().countryId(1).build())
                .ticketPriority(new ListItem(2, null, null))
                .customerLanguage(new ListItem(1, null, null))
                .supportPerson(seed.persons().get(0))
                .address(Address.builder()
                        .wgs84Latitude(59.91).wgs84Longitude(10.75)
                        .postal(StructuredAddress.builder().atypeIdx("ContactPostalAddress").address1("Box 1")
                                .zipcode("0101").city("Oslo").build())
                        .street(StructuredAddress.builder().atypeIdx("ContactStreetAddress")
                                .address1("Karl Johans gate 1").zipcode("0154").city("Oslo").build())
                        .localizedAddress(List.of(List.of(LocalizedField.builder().name("address1")
                                .value("Box 1").label("Address").valueLength(255).addressType("ContactPostalAddress")
                                .build())))
                        .build())
                .build();
    }

    public static EntityElement email(String value, String description) {
        return EntityElement.builder().value(value).description(description).build();
    }
}
