package io.contactkit.domain.testing;

import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.SearchField;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** The values a search reaches in a contact, as the in-memory store reads them off the entity. */
final class StoredValues {

    private StoredValues() {
    }

    /** The field's value as a found row answers it: a text's first element for element fields. */
    static Object of(ContactEntity contact, SearchField field) {
        return switch (field.value()) {
            case CONTACT_ID -> contact.contactId();
            case NAME -> text(contact.name());
            case DEPARTMENT -> text(contact.department());
            case ORG_NR -> text(contact.orgNr());
            case NUMBER1 -> text(contact.number1());
            case NUMBER2 -> text(contact.number2());
            case KANANAME -> text(contact.kananame());
            case ASSOCIATE_ID -> id(contact.associate());
            case CATEGORY_ID -> id(contact.category());
            case BUSINESS_ID -> id(contact.business());
            case COUNTRY_ID -> contact.country() == null ? 0 : contact.country().countryId();
            case XSTOP -> contact.xstop();
            case NO_MAILING -> contact.noMailing();
            case DELETED -> contact.deleted() != 0;
            case ACTIVE_ERP_LINKS -> contact.activeErpLinks();
            case HAS_INTERESTS -> contact.interests().stream().anyMatch(SelectableMDOListItem::selected);
            case HAS_INFO_TEXT -> !text(contact.description()).isEmpty();
            case UPDATED_BY_ID -> id(contact.updatedBy());
            case UPDATED_DATE -> contact.updatedDate();
            case CREATED_BY_ID -> id(contact.createdBy());
            case CREATED_DATE -> contact.createdDate();
            case FORMATTED_ADDRESS -> contact.address() == null ? "" : text(contact.address().formatted());
            case POSTAL_CITY -> addressPart(contact, true, StructuredAddress::city);
            case POSTAL_ZIPCODE -> addressPart(contact, true, StructuredAddress::zipcode);
            case STREET_CITY -> addressPart(contact, false, StructuredAddress::city);
            case STREET_ZIPCODE -> addressPart(contact, false, StructuredAddress::zipcode);
            case CUSTOM_FIELD -> text(contact.customFields().get(field.customFieldKey()));
            default -> texts(contact, field).findFirst().orElse("");
        };
    }

    /** Every text a TEXT field holds: all elements of the kind for element fields, else its one value. */
    static Stream<String> texts(ContactEntity contact, SearchField field) {
        return switch (field.value()) {
            case PHONE -> elements(contact.phones(), EntityElement::value);
            case PHONE_DESCRIPTION -> elements(contact.phones(), EntityElement::description);
            case FAX -> elements(contact.faxes(), EntityElement::value);
            case FAX_DESCRIPTION -> elements(contact.faxes(), EntityElement::description);
            case EMAIL -> elements(contact.emails(), EntityElement::value);
            case EMAIL_DESCRIPTION -> elements(contact.emails(), EntityElement::description);
            case URL -> elements(contact.urls(), EntityElement::value);
            case URL_DESCRIPTION -> elements(contact.urls(), EntityElement::description);
            default -> Stream.of((String) of(contact, field));
        };
    }

    private static Stream<String> elements(List<EntityElement> elements, Function<EntityElement, String> part) {
        return elements.stream().map(part).map(StoredValues::text);
    }

    private static String addressPart(ContactEntity contact, boolean postal,
                                      Function<StructuredAddress, String> part) {
        if (contact.address() == null) {
            return "";
        }
        StructuredAddress address = postal ? contact.address().postal() : contact.address().street();
        return address == null ? "" : text(part.apply(address));
    }

    private static int id(Associate associate) {
        return associate == null ? 0 : associate.associateId();
    }

    private static int id(ListItem item) {
        return item == null ? 0 : item.id();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
