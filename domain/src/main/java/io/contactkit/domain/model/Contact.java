package io.contactkit.domain.model;

import java.util.Map;

/**
 * The Contact carrier of the contact lists ({@code GetContactList}, {@code GetMyContacts}): a contact's summary
 * with the names of what it refers to. One component per wire property, in wire order; the wire name is the
 * component name with its first letter in upper case ({@code uRL} is {@code URL}).
 */
public record Contact(
        int contactId,
        String name,
        String orgNr,
        String department,
        String uRL,
        String city,
        String directPhone,
        int associateId,
        int countryId,
        String emailAddress,
        String kananame,
        String emailAddressName,
        String uRLName,
        String associateFullName,
        String businessName,
        String categoryName,
        String countryName,
        Address address,
        String formattedAddress,
        String fullName,
        boolean isOwnerContact,
        int activeErpLinks,
        String number1,
        String number2,
        @ServerOwned TableRight tableRight,
        @ServerOwned Map<String, FieldProperty> fieldProperties) {

    public Contact {
        fieldProperties = Maps.ordered(fieldProperties);
    }
}
