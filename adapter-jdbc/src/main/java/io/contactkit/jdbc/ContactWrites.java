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
import io.contactkit.jdbc.ContactColumns.PartTable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Writes a contact into its tables inside the caller's transaction: the contact row, then each table of its parts
 * in one batch. An update rewrites the tables of parts whose content changed.
 */
final class ContactWrites {

    static final long FIRST_VERSION = 1;

    private static final String INSERT_CONTACT = "INSERT INTO contact (version, part_tables, " + CONTACT.names()
            + ") VALUES (:version, :part_tables, " + CONTACT.parameters() + ")";
    /** The right-hand sides read the row as it was, so the previous UpdatedDate is the one this update replaces. */
    private static final String UPDATE_CONTACT = "UPDATE contact SET version = version + 1,"
            + " previous_updated_seconds = updated_seconds, previous_updated_nanos = updated_nanos,"
            + " part_tables = :part_tables, " + CONTACT.assignments()
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

    /** A contact without parts: a table whose content equals this one's holds no rows for the contact. */
    private static final ContactEntity WITHOUT_PARTS = ContactEntity.builder().build();

    /**
     * The tables of a contact's parts, each with what of the contact it holds. Deleting the address row also deletes
     * its parts and localized fields (ON DELETE CASCADE).
     */
    private static final List<PartWriter> PART_WRITERS = List.of(
            PartWriter.of(PartTable.ELEMENT,
                    contact -> List.of(contact.emails(), contact.urls(), contact.phones(), contact.faxes()),
                    ContactWrites::insertElements),
            PartWriter.of(PartTable.INTEREST, ContactWrites::selectedInterestIds, ContactWrites::insertInterests),
            PartWriter.of(PartTable.DOMAIN, ContactEntity::domains, (handle, id, contact) ->
                    insertEach(handle, INSERT_DOMAIN, id, contact.domains(),
                            (part, domain) -> part.bind("domain_name", SqlArguments.text(domain)))),
            PartWriter.of(PartTable.BOUNCE_EMAIL, ContactEntity::bounceEmails, (handle, id, contact) ->
                    insertEach(handle, INSERT_BOUNCE_EMAIL, id, contact.bounceEmails(),
                            (part, email) -> part.bind("email", SqlArguments.text(email)))),
            PartWriter.of(PartTable.CUSTOM_FIELD, ContactWrites::customFieldRows, ContactWrites::insertCustomFields),
            PartWriter.of(PartTable.PERSON, contact -> Arrays.asList(contact.persons(), contact.supportPerson()),
                    ContactWrites::insertPersons),
            PartWriter.of(PartTable.ADDRESS, ContactEntity::address, ContactWrites::insertAddress),
            PartWriter.of(PartTable.UTM, ContactEntity::utmParameters, ContactWrites::insertUtm));

    private ContactWrites() {
    }

    /** Inserts the contact at the first version and answers its new id. */
    static int insert(Handle handle, ContactEntity contact) {
        int partTables = partTables(contact);
        Update insert = handle.createUpdate(INSERT_CONTACT)
                .bind("version", SqlArguments.longInteger(FIRST_VERSION))
                .bind("part_tables", SqlArguments.integer(partTables));
        CONTACT.bind(insert, contact);
        int id = insert.executeAndReturnGeneratedKeys("id").map((rs, context) -> rs.getInt(1)).one();
        for (PartWriter writer : PART_WRITERS) {
            if (writer.table().in(partTables)) {
                writer.insert().insert(handle, id, contact);
            }
        }
        return id;
    }

    /**
     * Replaces the contact if it is at the expected version; false when it is not (or is gone). Only the tables of
     * parts whose content differs from {@code before} are rewritten; without {@code before}, all of them are.
     *
     * @param before the contact as stored at the expected version, or null if unknown
     */
    static boolean update(Handle handle, ContactEntity before, ContactEntity after, long expectedVersion) {
        int id = after.contactId();
        Update update = handle.createUpdate(UPDATE_CONTACT)
                .bind("contact_id", SqlArguments.integer(id))
                .bind("expected_version", SqlArguments.longInteger(expectedVersion))
                .bind("part_tables", SqlArguments.integer(partTables(after)));
        CONTACT.bind(update, after);
        if (update.execute() == 0) {
            return false;
        }
        for (PartWriter writer : PART_WRITERS) {
            Object was = before == null ? null : writer.content().apply(before);
            Object is = writer.content().apply(after);
            if (before != null && Objects.equals(was, is)) {
                continue;
            }
            if (before == null || writer.holdsRows(was)) {
                handle.createUpdate(writer.delete()).bind("contact_id", SqlArguments.integer(id)).execute();
            }
            if (writer.holdsRows(is)) {
                writer.insert().insert(handle, id, after);
            }
        }
        return true;
    }

    /** Deletes the contact and its parts if it is at the expected version; false when it is not (or is gone). */
    static boolean delete(Handle handle, int contactId, long expectedVersion) {
        return handle.createUpdate(DELETE_CONTACT)
                .bind("contact_id", SqlArguments.integer(contactId))
                .bind("expected_version", SqlArguments.longInteger(expectedVersion))
                .execute() > 0;
    }

    /** contact.part_tables for the contact: the bits of the tables of parts that hold rows for it. */
    private static int partTables(ContactEntity contact) {
        int bits = 0;
        for (PartWriter writer : PART_WRITERS) {
            if (writer.holdsRows(writer.content().apply(contact))) {
                bits |= writer.table().bit();
            }
        }
        return bits;
    }

    private static List<Integer> selectedInterestIds(ContactEntity contact) {
        return contact.interests().stream().filter(SelectableMDOListItem::selected)
                .map(SelectableMDOListItem::id).toList();
    }

    private static void insertInterests(Handle handle, int id, ContactEntity contact) {
        insertEach(handle, INSERT_INTEREST, id, selectedInterestIds(contact),
                (part, interestId) -> part.bind("interest_id", SqlArguments.integer(interestId)));
    }

    /** Each custom field's key, kind and value, in order. */
    private static List<List<String>> customFieldRows(ContactEntity contact) {
        return contact.customFields().entrySet().stream()
                .map(field -> Arrays.asList(field.getKey(), customFieldKind(contact, field.getKey()),
                        field.getValue()))
                .toList();
    }

    private static void insertCustomFields(Handle handle, int id, ContactEntity contact) {
        insertEach(handle, INSERT_CUSTOM_FIELD, id, customFieldRows(contact),
                (part, field) -> part.bind("field_key", SqlArguments.text(field.get(0)))
                        .bind("kind", SqlArguments.text(field.get(1)))
                        .bind("field_value", SqlArguments.text(field.get(2))));
    }

    private static void insertUtm(Handle handle, int id, ContactEntity contact) {
        Update utm = handle.createUpdate(INSERT_UTM).bind("contact_id", SqlArguments.integer(id));
        UTM.bind(utm, contact.utmParameters());
        utm.execute();
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
                    part.bind("kind", SqlArguments.text(kind));
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
        part.bind("role", SqlArguments.text(role));
        PERSON.bind(part, person);
    }

    private static void insertAddress(Handle handle, int id, ContactEntity contact) {
        Address address = contact.address();
        Update row = handle.createUpdate(INSERT_ADDRESS)
                .bind("contact_id", SqlArguments.integer(id))
                .bind("localized_lines", SqlArguments.integer(address.localizedAddress().size()));
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
                fields.bind("contact_id", SqlArguments.integer(id))
                        .bind("line_no", SqlArguments.integer(line))
                        .bind("field_no", SqlArguments.integer(field));
                ADDRESS_FIELD.bind(fields, lines.get(line).get(field));
                fields.add();
            }
        }
        executeUnlessEmpty(fields);
    }

    private static void addPart(PreparedBatch parts, int id, String part, StructuredAddress address) {
        if (address != null) {
            parts.bind("contact_id", SqlArguments.integer(id)).bind("part", SqlArguments.text(part));
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
            batch.bind("contact_id", SqlArguments.integer(id)).bind("ordinal", SqlArguments.integer(ordinal));
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

    @FunctionalInterface
    private interface PartInsert {
        void insert(Handle handle, int id, ContactEntity contact);
    }

    /**
     * How one table of parts is written.
     *
     * @param table   the table, and its bit in contact.part_tables
     * @param delete  deletes the contact's rows
     * @param content what of a contact the table holds: two contacts with equal content have the same rows
     * @param none    the content of a contact without rows in the table
     * @param insert  writes the contact's rows
     */
    private record PartWriter(PartTable table, String delete, Function<ContactEntity, Object> content, Object none,
                              PartInsert insert) {

        static PartWriter of(PartTable table, Function<ContactEntity, Object> content, PartInsert insert) {
            return new PartWriter(table, "DELETE FROM " + table.table() + " WHERE contact_id = :contact_id",
                    content, content.apply(WITHOUT_PARTS), insert);
        }

        boolean holdsRows(Object content) {
            return !Objects.equals(content, none);
        }
    }
}
