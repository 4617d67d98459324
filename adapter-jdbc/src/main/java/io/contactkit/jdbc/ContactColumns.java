package io.contactkit.jdbc;

import static io.contactkit.jdbc.ColumnMap.flag;
import static io.contactkit.jdbc.ColumnMap.floatingPoint;
import static io.contactkit.jdbc.ColumnMap.instant;
import static io.contactkit.jdbc.ColumnMap.integer;
import static io.contactkit.jdbc.ColumnMap.optionalInteger;
import static io.contactkit.jdbc.ColumnMap.text;

import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.model.LocalizedField;
import io.contactkit.domain.model.Person;
import io.contactkit.domain.model.SavedUtmParameters;
import io.contactkit.domain.model.StructuredAddress;
import java.sql.SQLException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The contact tables' columns. A list reference is kept as the item's id (no id or id 0 is none) and read back as a
 * reference holding only its id: the core fills in the list's values.
 */
final class ContactColumns {

    /** contact_element.kind: which of the contact's element lists a row belongs to. */
    static final String EMAIL = "email";
    static final String URL = "url";
    static final String PHONE = "phone";
    static final String FAX = "fax";

    /** contact_person.role: one of Persons, or the SupportPerson. */
    static final String MEMBER = "member";
    static final String SUPPORT = "support";

    /** contact_address_part.part. */
    static final String STREET = "street";
    static final String POSTAL = "postal";

    /** contact_custom_field.kind: whether a key of CustomFields is in UserDefinedFields or in ExtraFields. */
    static final String USER_DEFINED_FIELD = "udef";
    static final String EXTRA_FIELD = "extra";

    /**
     * The tables of a contact's parts. contact.part_tables holds one bit per table, {@code 1 << ordinal}, set when
     * the table may hold rows for the contact; the V3 migration spells the bits out, so the order is fixed. The
     * address and UTM rows are joined to the contact row when it is read, so only writes use their bits.
     */
    enum PartTable {
        ELEMENT("contact_element"),
        INTEREST("contact_interest"),
        DOMAIN("contact_domain"),
        BOUNCE_EMAIL("contact_bounce_email"),
        CUSTOM_FIELD("contact_custom_field"),
        PERSON("contact_person"),
        ADDRESS("contact_address"),
        UTM("contact_utm");

        private final String table;

        PartTable(String table) {
            this.table = table;
        }

        String table() {
            return table;
        }

        int bit() {
            return 1 << ordinal();
        }

        /** Whether the bits of contact.part_tables say this table may hold rows for the contact. */
        boolean in(int partTables) {
            return (partTables & bit()) != 0;
        }
    }

    static final ColumnMap<ContactEntity, ContactEntity.Builder> CONTACT = new ColumnMap<>(
            text("name", ContactEntity::name, ContactEntity.Builder::name),
            text("department", ContactEntity::department, ContactEntity.Builder::department),
            text("org_nr", ContactEntity::orgNr, ContactEntity.Builder::orgNr),
            text("number1", ContactEntity::number1, ContactEntity.Builder::number1),
            text("number2", ContactEntity::number2, ContactEntity.Builder::number2),
            instant("updated", ContactEntity::updatedDate, ContactEntity.Builder::updatedDate),
            instant("created", ContactEntity::createdDate, ContactEntity.Builder::createdDate),
            text("description", ContactEntity::description, ContactEntity.Builder::description),
            actor("updated_by", ContactEntity::updatedBy, ContactEntity.Builder::updatedBy),
            actor("created_by", ContactEntity::createdBy, ContactEntity.Builder::createdBy),
            optionalInteger("associate_id", contact -> associateId(contact.associate()),
                    (builder, id) -> builder.associate(associate(id))),
            optionalInteger("business_id", contact -> itemId(contact.business()),
                    (builder, id) -> builder.business(item(id))),
            optionalInteger("category_id", contact -> itemId(contact.category()),
                    (builder, id) -> builder.category(item(id))),
            optionalInteger("country_id", contact -> countryId(contact.country()),
                    (builder, id) -> builder.country(country(id))),
            flag("no_mailing", ContactEntity::noMailing, ContactEntity.Builder::noMailing),
            text("kananame", ContactEntity::kananame, ContactEntity.Builder::kananame),
            flag("xstop", ContactEntity::xstop, ContactEntity.Builder::xstop),
            integer("active_interests", ContactEntity::activeInterests, ContactEntity.Builder::activeInterests),
            integer("group_id", ContactEntity::groupId, ContactEntity.Builder::groupId),
            integer("active_status_monitor_id", ContactEntity::activeStatusMonitorId,
                    ContactEntity.Builder::activeStatusMonitorId),
            optionalInteger("support_associate_id", contact -> associateId(contact.supportAssociate()),
                    (builder, id) -> builder.supportAssociate(associate(id))),
            optionalInteger("ticket_priority_id", contact -> itemId(contact.ticketPriority()),
                    (builder, id) -> builder.ticketPriority(item(id))),
            optionalInteger("customer_language_id", contact -> itemId(contact.customerLanguage()),
                    (builder, id) -> builder.customerLanguage(item(id))),
            integer("deleted", ContactEntity::deleted, ContactEntity.Builder::deleted),
            integer("dbi_agent_id", ContactEntity::dbiAgentId, ContactEntity.Builder::dbiAgentId),
            instant("dbi_last_syncronized", ContactEntity::dbiLastSyncronized,
                    ContactEntity.Builder::dbiLastSyncronized),
            text("dbi_key", ContactEntity::dbiKey, ContactEntity.Builder::dbiKey),
            instant("dbi_last_modified", ContactEntity::dbiLastModified, ContactEntity.Builder::dbiLastModified),
            integer("source", ContactEntity::source, ContactEntity.Builder::source),
            integer("active_erp_links", ContactEntity::activeErpLinks, ContactEntity.Builder::activeErpLinks));

    static final ColumnMap<EntityElement, EntityElement.Builder> ELEMENT = new ColumnMap<>(
            text("element_value", EntityElement::value, EntityElement.Builder::value),
            text("stripped_value", EntityElement::strippedValue, EntityElement.Builder::strippedValue),
            text("description", EntityElement::description, EntityElement.Builder::description));

    static final ColumnMap<Person, Person.Builder> PERSON = new ColumnMap<>(
            text("position", Person::position, Person.Builder::position),
            integer("person_id", Person::personId, Person.Builder::personId),
            text("mrmrs", Person::mrmrs, Person.Builder::mrmrs),
            text("firstname", Person::firstname, Person.Builder::firstname),
            text("lastname", Person::lastname, Person.Builder::lastname),
            text("middle_name", Person::middleName, Person.Builder::middleName),
            text("title", Person::title, Person.Builder::title),
            text("description", Person::description, Person.Builder::description),
            text("email", Person::email, Person.Builder::email),
            text("full_name", Person::fullName, Person.Builder::fullName),
            text("direct_phone", Person::directPhone, Person.Builder::directPhone),
            text("formal_name", Person::formalName, Person.Builder::formalName),
            integer("country_id", Person::countryId, Person.Builder::countryId),
            integer("person_contact_id", Person::contactId, Person.Builder::contactId),
            text("contact_name", Person::contactName, Person.Builder::contactName),
            integer("retired", Person::retired, Person.Builder::retired),
            integer("rank", Person::rank, Person.Builder::rank),
            integer("active_interests", Person::activeInterests, Person.Builder::activeInterests),
            text("contact_department", Person::contactDepartment, Person.Builder::contactDepartment),
            integer("contact_country_id", Person::contactCountryId, Person.Builder::contactCountryId),
            text("contact_org_nr", Person::contactOrgNr, Person.Builder::contactOrgNr),
            text("fax_phone", Person::faxPhone, Person.Builder::faxPhone),
            text("mobile_phone", Person::mobilePhone, Person.Builder::mobilePhone),
            text("contact_phone", Person::contactPhone, Person.Builder::contactPhone),
            text("associate_name", Person::associateName, Person.Builder::associateName),
            integer("associate_id", Person::associateId, Person.Builder::associateId),
            flag("use_person_address", Person::usePersonAddress, Person.Builder::usePersonAddress),
            text("contact_fax", Person::contactFax, Person.Builder::contactFax),
            text("kanafname", Person::kanafname, Person.Builder::kanafname),
            text("kanalname", Person::kanalname, Person.Builder::kanalname),
            text("post1", Person::post1, Person.Builder::post1),
            text("post2", Person::post2, Person.Builder::post2),
            text("post3", Person::post3, Person.Builder::post3),
            text("email_name", Person::emailName, Person.Builder::emailName),
            text("contact_full_name", Person::contactFullName, Person.Builder::contactFullName),
            integer("active_erp_links", Person::activeErpLinks, Person.Builder::activeErpLinks),
            integer("ticket_priority_id", Person::ticketPriorityId, Person.Builder::ticketPriorityId),
            integer("support_language_id", Person::supportLanguageId, Person.Builder::supportLanguageId),
            integer("support_associate_id", Person::supportAssociateId, Person.Builder::supportAssociateId),
            text("category_name", Person::categoryName, Person.Builder::categoryName),
            text("person_number", Person::personNumber, Person.Builder::personNumber));

    /** The Address's own columns; its parts and localized fields have tables of their own. */
    static final ColumnMap<Address, Address.Builder> ADDRESS = new ColumnMap<>(
            floatingPoint("wgs84_latitude", Address::wgs84Latitude, Address.Builder::wgs84Latitude),
            floatingPoint("wgs84_longitude", Address::wgs84Longitude, Address.Builder::wgs84Longitude),
            text("formatted", Address::formatted, Address.Builder::formatted));

    static final ColumnMap<StructuredAddress, StructuredAddress.Builder> ADDRESS_PART = new ColumnMap<>(
            text("atype_idx", StructuredAddress::atypeIdx, StructuredAddress.Builder::atypeIdx),
            text("address1", StructuredAddress::address1, StructuredAddress.Builder::address1),
            text("address2", StructuredAddress::address2, StructuredAddress.Builder::address2),
            text("address3", StructuredAddress::address3, StructuredAddress.Builder::address3),
            text("city", StructuredAddress::city, StructuredAddress.Builder::city),
            text("county", StructuredAddress::county, StructuredAddress.Builder::county),
            text("state", StructuredAddress::state, StructuredAddress.Builder::state),
            text("zipcode", StructuredAddress::zipcode, StructuredAddress.Builder::zipcode),
            text("formatted", StructuredAddress::formatted, StructuredAddress.Builder::formatted));

    static final ColumnMap<LocalizedField, LocalizedField.Builder> ADDRESS_FIELD = new ColumnMap<>(
            text("name", LocalizedField::name, LocalizedField.Builder::name),
            text("field_value", LocalizedField::value, LocalizedField.Builder::value),
            text("tooltip", LocalizedField::tooltip, LocalizedField.Builder::tooltip),
            text("label", LocalizedField::label, LocalizedField.Builder::label),
            integer("value_length", LocalizedField::valueLength, LocalizedField.Builder::valueLength),
            text("address_type", LocalizedField::addressType, LocalizedField.Builder::addressType));

    static final ColumnMap<SavedUtmParameters, SavedUtmParameters.Builder> UTM = new ColumnMap<>(
            text("source", SavedUtmParameters::source, SavedUtmParameters.Builder::source),
            text("medium", SavedUtmParameters::medium, SavedUtmParameters.Builder::medium),
            text("campaign", SavedUtmParameters::campaign, SavedUtmParameters.Builder::campaign),
            text("content", SavedUtmParameters::content, SavedUtmParameters.Builder::content),
            text("term", SavedUtmParameters::term, SavedUtmParameters.Builder::term));

    private ContactColumns() {
    }

    /**
     * CreatedBy or UpdatedBy: the associate's id, with the name and user name the core gave an actor the associate
     * list lacks. Reads back as that actor; the reader swaps in the list's associate where the list has the id.
     */
    private static ColumnMap.Column<ContactEntity, ContactEntity.Builder> actor(
            String prefix, Function<ContactEntity, Associate> get, BiConsumer<ContactEntity.Builder, Associate> set) {
        return new ActorColumn(prefix + "_id", prefix + "_name", prefix + "_user_name", get, set);
    }

    private static Integer associateId(Associate associate) {
        return associate == null || associate.associateId() == 0 ? null : associate.associateId();
    }

    private static Integer itemId(ListItem item) {
        return item == null || item.id() == 0 ? null : item.id();
    }

    private static Integer countryId(Country country) {
        return country == null || country.countryId() == 0 ? null : country.countryId();
    }

    private static Associate associate(Integer id) {
        return id == null ? null : Associate.builder().associateId(id).build();
    }

    private static ListItem item(Integer id) {
        return id == null ? null : ListItem.builder().id(id).build();
    }

    private static Country country(Integer id) {
        return id == null ? null : Country.builder().countryId(id).build();
    }

    private record ActorColumn(String id, String name, String userName, Function<ContactEntity, Associate> get,
                               BiConsumer<ContactEntity.Builder, Associate> set)
            implements ColumnMap.Column<ContactEntity, ContactEntity.Builder> {

        @Override
        public List<String> names() {
            return List.of(id, name, userName);
        }

        @Override
        public void bind(SqlStatement<?> statement, ContactEntity contact) {
            Associate actor = get.apply(contact);
            statement.bind(id, SqlArguments.integer(actor == null ? null : actor.associateId()));
            statement.bind(name, SqlArguments.text(actor == null ? null : actor.name()));
            statement.bind(userName, SqlArguments.text(actor == null ? null : actor.userName()));
        }

        @Override
        public void read(RowReader row, ContactEntity.Builder builder) throws SQLException {
            Integer associateId = row.optionalInteger();
            String actorName = row.text();
            String actorUserName = row.text();
            set.accept(builder, associateId == null ? null : Associate.builder().associateId(associateId)
                    .name(actorName).userName(actorUserName).build());
        }
    }
}
