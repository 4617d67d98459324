package io.contactkit.jdbc;

import static io.contactkit.jdbc.ContactColumns.ADDRESS;
import static io.contactkit.jdbc.ContactColumns.ADDRESS_FIELD;
import static io.contactkit.jdbc.ContactColumns.ADDRESS_PART;
import static io.contactkit.jdbc.ContactColumns.CONTACT;
import static io.contactkit.jdbc.ContactColumns.ELEMENT;
import static io.contactkit.jdbc.ContactColumns.PERSON;
import static io.contactkit.jdbc.ContactColumns.UTM;

import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.LocalizedField;
import io.contactkit.domain.model.Person;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.model.StructuredAddress;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Writes a contact into its tables inside the caller's transaction: the contact row, then each table of its parts
 * in one batch. An update replaces the parts wholesale.
 */
final class ContactWrites {

    static final long FIRST_VERSION = 1;

    private static final String INSERT_CONTACT = "INSERT INTO contact (version, " + CONTACT.names()
            + ") VALUES (:version, " + CONTACT.parameters() + ")";
    private static final String UPDATE_CONTACT = "UPDATE contact SET version = version + 1, " + CONTACT.assignments()
            + " WHERE id = :contact_id AND version = :expected_version";
    private static final String DELETE_CONTACT = "DELETE FROM contact WHERE id = :contact_id"
            + " AND version = :expected_version";

    private static final String INSERT_ELEMENT = "INSERT INTO contact_element (contact_id, kind, ordinal, "
            + ELEMENT.names() + ") VALUES (:contact_id, :kind, :ordinal, " + ELEMENT.parameters() + ")";
    private static final String INSERT_INTEREST = "INSERT INTO contact_interest (contact_id, ordinal, interest_id)"
            + " VALUES (:contact_id, :ordinal, :interest_id)";
    private static final String INSERT_DOMAIN = "INSERT INTO contact_domain (contact_id, ordinal, domain_name)"
            + " VALUES (:contact_id, :ordinal, :domain_name)";
    private static final String INSERT_BOUNCE_EMAIL = "INSERT INTO contact_bounce_email (contact_id, ordinal, email)"
            + " VALUES (:contact_id, :ordinal, :email)";
    private static final String INSERT_CUSTOM_FIELD = "INSERT INTO contact_custom_field"
            + " (contact_id, ordinal, field_key, kind, field_value)"
            + " VALUES (:contact_id, :ordinal, :field_key, :kind, :field_value)";
    private static final String INSERT_PERSON = "INSERT INTO contact_person (contact_id, role, ordinal, "
            + PERSON.names() + ") VALUES (:contact_id, :role, :ordinal, " + PERSON.parameters() + ")";
    private static final String INSERT_ADDRESS = "INSERT INTO contact_address (contact_id, localized_lines, "
            + ADDRESS.names() + ") VALUES (:contact_id, :localized_lines, " + ADDRESS.parameters() + ")";
    private static final String INSERT_ADDRESS_PART = "INSERT INTO contact_address_part (contact_id, part, "
            + ADDRESS_PART.names() + ") VALUES (:contact_id, :part, " + ADDRESS_PART.parameters() + ")";
    private static final String INSERT_ADDRESS_FIELD = "INSERT INTO contact_address_field"
            + " (contact_id, line_no, field_no, " + ADDRESS_FIELD.names() + ")"
            + " VALUES (:contact_id, :line_no, :field_no, " + ADDRESS_FIELD.parameters() + ")";
    private static final String INSERT_UTM = "INSERT INTO contact_utm (contact_id, " + UTM.names()
            + ") VALUES (:contact_id, " + UTM.parameters() + ")";

    /** Deleting the address row also deletes its parts and localized fields (ON DELETE CASCADE). */
    private static final List<String> DELETE_PARTS = List.of(
            "DELETE FROM contact_element WHERE contact_id = :contact_id",
            "DELETE FROM contact_interest WHERE contact_id = :contact_id",
            "DELETE FROM contact_domain WHERE contact_id = :contact_id",
            "DELETE FROM contact_bounce_email WHERE contact_id = :contact_id",
            "DELETE FROM contact_custom_field WHERE contact_id = :contact_id",
            "DELETE FROM contact_person WHERE contact_id = :contact_id",
            "DELETE FROM contact_address WHERE contact_id = :contact_id",
            "DELETE FROM contact_utm WHERE contact_id = :contact_id");

    private ContactWrites() {
    }

    /** Inserts the contact at the first version and answers its new id. */
    static int insert(Handle handle, ContactEntity contact) {
        Update insert = handle.createUpdate(INSERT_CONTACT).bind("version", FIRST_VERSION);
        CONTACT.bind(insert, contact);
        int id = insert.executeAndReturnGeneratedKeys("id").mapTo(Integer.class).one();
        insertParts(handle, id, contact);
        return id;
    }

    /** Replaces the contact if it is at the expected version; false when it is not (or is gone). */
    static boolean update(Handle handle, ContactEntity contact, long expectedVersion) {
        int id = contact.contactId();
        Update update = handle.createUpdate(UPDATE_CONTACT)
                .bind("contact_id", id)
                .bind("expected_version", expectedVersion);
        CONTACT.bind(update, contact);
        if (update.execute() == 0) {
            return false;
        }
        DELETE_PARTS.forEach(delete -> handle.createUpdate(delete).bind("contact_id", id).execute());
        insertParts(handle, id, contact);
        return true;
    }

    /** Deletes the contact and its parts if it is at the expected version; false when it is not (or is gone). */
    static boolean delete(Handle handle, int contactId, long expectedVersion) {
        return handle.createUpdate(DELETE_CONTACT)
                .bind("contact_id", contactId)
                .bind("expected_version", expectedVersion)
                .execute() > 0;
    }

    private static void insertParts(Handle handle, int id, ContactEntity contact) {
        insertElements(handle, id, contact);
        List<SelectableMDOListItem> selected = contact.interests().stream()
                .filter(SelectableMDOListItem::selected).toList();
        insertEach(handle, INSERT_INTEREST, id, selected, (part, interest) -> part.bind("interest_id", interest.id()));
        insertEach(handle, INSERT_DOMAIN, id, contact.domains(), (part, domain) -> part.bind("domain_name", domain));
        insertEach(handle, INSERT_BOUNCE_EMAIL, id, contact.bounceEmails(), (part, email) -> part.bind("email", email));
        insertEach(handle, INSERT_CUSTOM_FIELD, id, List.copyOf(contact.customFields().entrySet()),
                (part, field) -> part.bind("field_key", field.getKey())
                        .bind("kind", customFieldKind(contact, field.getKey()))
                        .bind("field_value", field.getValue()));
        insertPersons(handle, id, contact);
        if (contact.address() != null) {
            insertAddress(handle, id, contact.address());
        }
        if (contact.utmParameters() != null) {
            Update utm = handle.createUpdate(INSERT_UTM).bind("contact_id", id);
            UTM.bind(utm, contact.utmParameters());
            utm.execute();
        }
    }

    /** CustomFields holds every value; a key also in ExtraFields is an extra field, any other a user-defined one. */
    private static String customFieldKind(ContactEntity contact, String key) {
        return contact.extraFields().containsKey(key) ? ContactColumns.EXTRA_FIELD : ContactColumns.USER_DEFINED_FIELD;
    }

    private static void insertElements(Handle handle, int id, ContactEntity contact) {
        PreparedBatch batch = handle.prepareBatch(INSERT_ELEMENT);
        Map.of(ContactColumns.EMAIL, contact.emails(), ContactColumns.URL, contact.urls(),
                        ContactColumns.PHONE, contact.phones(), ContactColumns.FAX, contact.faxes())
                .forEach((kind, elements) -> addEach(batch, id, elements, (part, element) -> {
                    part.bind("kind", kind);
                    ELEMENT.bind(part, element);
                }));
        executeUnlessEmpty(batch);
    }

    private static void insertPersons(Handle handle, int id, ContactEntity contact) {
        PreparedBatch batch = handle.prepareBatch(INSERT_PERSON);
        List<Person> support = contact.supportPerson() == null ? List.of() : List.of(contact.supportPerson());
        addEach(batch, id, contact.persons(), (part, person) -> bindPerson(part, ContactColumns.MEMBER, person));
        addEach(batch, id, support, (part, person) -> bindPerson(part, ContactColumns.SUPPORT, person));
        executeUnlessEmpty(batch);
    }

    private static void bindPerson(PreparedBatch part, String role, Person person) {
        part.bind("role", role);
        PERSON.bind(part, person);
    }

    private static void insertAddress(Handle handle, int id, Address address) {
        Update row = handle.createUpdate(INSERT_ADDRESS)
                .bind("contact_id", id)
                .bind("localized_lines", address.localizedAddress().size());
        ADDRESS.bind(row, address);
        row.execute();

        PreparedBatch parts = handle.prepareBatch(INSERT_ADDRESS_PART);
        addPart(parts, id, ContactColumns.STREET, address.street());
        addPart(parts, id, ContactColumns.POSTAL, address.postal());
        executeUnlessEmpty(parts);

        PreparedBatch fields = handle.prepareBatch(INSERT_ADDRESS_FIELD);
        List<List<LocalizedField>> lines = address.localizedAddress();
        for (int line = 0; line < lines.size(); line++) {
            for (int field = 0; field < lines.get(line).size(); field++) {
                fields.bind("contact_id", id).bind("line_no", line).bind("field_no", field);
                ADDRESS_FIELD.bind(fields, lines.get(line).get(field));
                fields.add();
            }
        }
        executeUnlessEmpty(fields);
    }

    private static void addPart(PreparedBatch parts, int id, String part, StructuredAddress address) {
        if (address != null) {
            parts.bind("contact_id", id).bind("part", part);
            ADDRESS_PART.bind(parts, address);
            parts.add();
        }
    }

    private static <T> void insertEach(Handle handle, String sql, int id, List<T> rows, RowBinder<T> binder) {
        PreparedBatch batch = handle.prepareBatch(sql);
        addEach(batch, id, rows, binder);
        executeUnlessEmpty(batch);
    }

    /** Adds one batch part per row, numbered in list order by the ordinal column. */
    private static <T> void addEach(PreparedBatch batch, int id, List<T> rows, RowBinder<T> binder) {
        for (int ordinal = 0; ordinal < rows.size(); ordinal++) {
            batch.bind("contact_id", id).bind("ordinal", ordinal);
            binder.bind(batch, rows.get(ordinal));
            batch.add();
        }
    }

    private static void executeUnlessEmpty(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedBatch part, T row);
    }
}
