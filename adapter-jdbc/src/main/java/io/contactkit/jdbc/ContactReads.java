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
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.LocalizedField;
import io.contactkit.domain.model.Person;
import io.contactkit.domain.model.SavedUtmParameters;
import io.contactkit.domain.model.SelectableMDOListItem;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.jdbc.ContactColumns.PartTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultSetException;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Loads a contact with a fixed number of queries, one per table, whatever the number of its elements, persons or
 * fields: the contact row (with its address and UTM rows joined, and the bits that tell which tables of parts hold
 * rows for it), and each table of parts it has rows in. A table without rows for the contact is not queried: each
 * query costs far more than the row it would not find. The bits are kept by the writes because asking each table in
 * the contact query (an EXISTS sub-query per table) made every load pay for six probes. CreatedBy and UpdatedBy are
 * what the row stores: the core shows the associate list's entries in their place (it keeps the list), so the
 * associate table is not joined to every load.
 */
final class ContactReads {

    /** Read by {@link #contactRow}, column after column. */
    private static final String SELECT_CONTACT = "SELECT c.id, c.version, c.previous_updated_seconds,"
            + " c.previous_updated_nanos, c.part_tables, " + CONTACT.select("c")
            + ", a.contact_id, a.localized_lines, " + ADDRESS.select("a")
            + ", u.contact_id, " + UTM.select("u")
            + " FROM contact c"
            + " LEFT JOIN contact_address a ON a.contact_id = c.id"
            + " LEFT JOIN contact_utm u ON u.contact_id = c.id"
            + " WHERE c.id = :contact_id";
    private static final String SELECT_PREVIOUS_UPDATED = "SELECT previous_updated_seconds, previous_updated_nanos"
            + " FROM contact WHERE id = :contact_id";
    /**
     * PostgreSQL: the contact query as the first statement of a REPEATABLE READ transaction. The driver sends the
     * transaction's BEGIN, the SET and the query in one round trip; the snapshot is taken at the query, and every
     * later query of the transaction reads the same one.
     */
    private static final String SELECT_CONTACT_IN_NEW_SNAPSHOT =
            "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; " + SELECT_CONTACT;
    private static final String SELECT_ELEMENTS = "SELECT kind, " + ELEMENT.names()
            + " FROM contact_element WHERE contact_id = :contact_id ORDER BY kind, ordinal";
    private static final String SELECT_INTERESTS = "SELECT interest_id"
            + " FROM contact_interest WHERE contact_id = :contact_id ORDER BY ordinal";
    private static final String SELECT_DOMAINS = "SELECT domain_name"
            + " FROM contact_domain WHERE contact_id = :contact_id ORDER BY ordinal";
    private static final String SELECT_BOUNCE_EMAILS = "SELECT email"
            + " FROM contact_bounce_email WHERE contact_id = :contact_id ORDER BY ordinal";
    private static final String SELECT_CUSTOM_FIELDS = "SELECT field_key, kind, field_value"
            + " FROM contact_custom_field WHERE contact_id = :contact_id ORDER BY ordinal";
    private static final String SELECT_PERSONS = "SELECT role, " + PERSON.names()
            + " FROM contact_person WHERE contact_id = :contact_id ORDER BY role, ordinal";
    private static final String SELECT_ADDRESS_PARTS = "SELECT part, " + ADDRESS_PART.names()
            + " FROM contact_address_part WHERE contact_id = :contact_id";
    private static final String SELECT_ADDRESS_FIELDS = "SELECT line_no, " + ADDRESS_FIELD.names()
            + " FROM contact_address_field WHERE contact_id = :contact_id ORDER BY line_no, field_no";

    private ContactReads() {
    }

    /** The UpdatedDate the contact's last update replaced, read in the transaction of that update. */
    static Instant previousUpdatedDate(Handle handle, int contactId) {
        return handle.createQuery(SELECT_PREVIOUS_UPDATED).bind("contact_id", SqlArguments.integer(contactId))
                .map((rs, context) -> new RowReader(rs).instant()).one();
    }

    /** The contact as stored; the caller runs this in one transaction that sees a single state of the tables. */
    static Optional<StoredContact> find(Handle handle, int contactId) {
        return find(handle, SELECT_CONTACT, contactId);
    }

    /**
     * The contact as stored, on PostgreSQL, as the first statements of the caller's transaction: they set its
     * isolation level to REPEATABLE READ, so that the contact row and its parts come from one snapshot, without a
     * round trip of their own.
     */
    static Optional<StoredContact> findInNewSnapshot(Handle handle, int contactId) {
        return find(handle, SELECT_CONTACT_IN_NEW_SNAPSHOT, contactId);
    }

    private static Optional<StoredContact> find(Handle handle, String contactQuery, int contactId) {
        return handle.createQuery(contactQuery).bind("contact_id", SqlArguments.integer(contactId))
                .execute(ContactReads::contactRow)
                .map(row -> new StoredContact(withParts(handle, contactId, row), row.version(),
                        row.previousUpdatedDate()));
    }

    private static ContactEntity withParts(Handle handle, int id, ContactRow row) {
        ContactEntity contact = row.contact();
        int has = row.partTables();
        Map<String, List<EntityElement>> elements = PartTable.ELEMENT.in(has) ? elements(handle, id) : Map.of();
        Map<String, List<Person>> persons = PartTable.PERSON.in(has) ? persons(handle, id) : Map.of();
        ContactEntity.Builder builder = contact.toBuilder()
                .emails(elements.getOrDefault(ContactColumns.EMAIL, List.of()))
                .urls(elements.getOrDefault(ContactColumns.URL, List.of()))
                .phones(elements.getOrDefault(ContactColumns.PHONE, List.of()))
                .faxes(elements.getOrDefault(ContactColumns.FAX, List.of()))
                .interests(PartTable.INTEREST.in(has) ? select(handle, SELECT_INTERESTS, id, (rs, ctx) ->
                        SelectableMDOListItem.builder().id(rs.getInt(1)).selected(true).build())
                        : List.of())
                .domains(PartTable.DOMAIN.in(has)
                        ? select(handle, SELECT_DOMAINS, id, (rs, ctx) -> rs.getString(1)) : List.of())
                .bounceEmails(PartTable.BOUNCE_EMAIL.in(has)
                        ? select(handle, SELECT_BOUNCE_EMAILS, id, (rs, ctx) -> rs.getString(1)) : List.of())
                .persons(persons.getOrDefault(ContactColumns.MEMBER, List.of()))
                .supportPerson(persons.getOrDefault(ContactColumns.SUPPORT, List.of()).stream().findFirst()
                        .orElse(null))
                .address(row.address() == null ? null : withParts(handle, id, row.address(), row.localizedLines()));
        return PartTable.CUSTOM_FIELD.in(has) ? withCustomFields(handle, id, builder).build() : builder.build();
    }

    /**
     * The contact row, if there is one: the first result set of the statement, after the results of any statement
     * before the query ({@link #SELECT_CONTACT_IN_NEW_SNAPSHOT}'s SET answers none).
     */
    private static Optional<ContactRow> contactRow(Supplier<PreparedStatement> executed, StatementContext context) {
        try {
            PreparedStatement statement = executed.get();
            ResultSet rs = statement.getResultSet();
            while (rs == null) {
                if (statement.getMoreResults()) {
                    rs = statement.getResultSet();
                } else if (statement.getUpdateCount() == -1) {
                    throw new IllegalStateException("the contact query answered no rows: " + context.getRawSql());
                }
            }
            return rs.next() ? Optional.of(contactRow(rs)) : Optional.empty();
        } catch (SQLException e) {
            throw new ResultSetException("could not read the contact row", e, context);
        } finally {
            context.close();
        }
    }

    /** The columns of {@link #SELECT_CONTACT}, in its order; a joined row's columns are all NULL without one. */
    private static ContactRow contactRow(ResultSet rs) throws SQLException {
        RowReader row = new RowReader(rs);
        ContactEntity.Builder contact = ContactEntity.builder().contactId(row.integer());
        long version = row.longInteger();
        Instant previousUpdatedDate = row.instant();
        int partTables = row.integer();
        CONTACT.read(row, contact);
        boolean hasAddress = row.optionalInteger() != null;
        int localizedLines = row.integer();
        Address.Builder address = Address.builder();
        ADDRESS.read(row, address);
        boolean hasUtm = row.optionalInteger() != null;
        SavedUtmParameters.Builder utm = SavedUtmParameters.builder();
        UTM.read(row, utm);
        if (hasUtm) {
            contact.utmParameters(utm.build());
        }
        return new ContactRow(contact.build(), version, previousUpdatedDate, hasAddress ? address.build() : null,
                localizedLines, partTables);
    }

    /** The contact's elements by kind, each list in order. */
    private static Map<String, List<EntityElement>> elements(Handle handle, int id) {
        return grouped(select(handle, SELECT_ELEMENTS, id, (rs, ctx) -> {
            RowReader row = new RowReader(rs);
            String kind = row.text();
            EntityElement.Builder element = EntityElement.builder();
            ELEMENT.read(row, element);
            return Map.entry(kind, element.build());
        }));
    }

    /** The contact's persons by role, in order. */
    private static Map<String, List<Person>> persons(Handle handle, int id) {
        return grouped(select(handle, SELECT_PERSONS, id, (rs, ctx) -> {
            RowReader row = new RowReader(rs);
            String role = row.text();
            Person.Builder person = Person.builder();
            PERSON.read(row, person);
            return Map.entry(role, person.build());
        }));
    }

    private static <T> Map<String, List<T>> grouped(List<Map.Entry<String, T>> rows) {
        Map<String, List<T>> groups = new HashMap<>();
        for (Map.Entry<String, T> row : rows) {
            groups.computeIfAbsent(row.getKey(), key -> new ArrayList<>()).add(row.getValue());
        }
        return groups;
    }

    private static Address withParts(Handle handle, int id, Address address, int localizedLines) {
        Map<String, StructuredAddress> parts = select(handle, SELECT_ADDRESS_PARTS, id, (rs, ctx) -> {
            RowReader row = new RowReader(rs);
            String kind = row.text();
            StructuredAddress.Builder part = StructuredAddress.builder();
            ADDRESS_PART.read(row, part);
            return Map.entry(kind, part.build());
        }).stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<List<LocalizedField>> lines = new ArrayList<>();
        for (int line = 0; line < localizedLines; line++) {
            lines.add(new ArrayList<>());
        }
        List<Map.Entry<Integer, LocalizedField>> fields = select(handle, SELECT_ADDRESS_FIELDS, id, (rs, ctx) -> {
            RowReader row = new RowReader(rs);
            int line = row.integer();
            LocalizedField.Builder field = LocalizedField.builder();
            ADDRESS_FIELD.read(row, field);
            return Map.entry(line, field.build());
        });
        fields.forEach(field -> lines.get(field.getKey()).add(field.getValue()));
        return address.toBuilder()
                .street(parts.get(ContactColumns.STREET))
                .postal(parts.get(ContactColumns.POSTAL))
                .localizedAddress(lines)
                .build();
    }

    /** CustomFields in order, split by kind into UserDefinedFields and ExtraFields. */
    private static ContactEntity.Builder withCustomFields(Handle handle, int id, ContactEntity.Builder contact) {
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, String> userDefined = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        List<CustomFieldRow> rows = select(handle, SELECT_CUSTOM_FIELDS, id, (rs, ctx) -> new CustomFieldRow(
                rs.getString(1), ContactColumns.EXTRA_FIELD.equals(rs.getString(2)), rs.getString(3)));
        for (CustomFieldRow row : rows) {
            all.put(row.key(), row.value());
            (row.extra() ? extra : userDefined).put(row.key(), row.value());
        }
        return contact.customFields(all).userDefinedFields(userDefined).extraFields(extra);
    }

    /**
     * The rows of the contact's parts, read straight off the result set rather than through Jdbi's iterator and a
     * stream; the statement is closed as soon as they are read.
     */
    private static <T> List<T> select(Handle handle, String sql, int id, RowMapper<T> mapper) {
        return handle.createQuery(sql).bind("contact_id", SqlArguments.integer(id))
                .scanResultSet((results, context) -> {
                    try {
                        ResultSet rs = results.get();
                        List<T> rows = new ArrayList<>();
                        while (rs.next()) {
                            rows.add(mapper.map(rs, context));
                        }
                        return rows;
                    } finally {
                        context.close();
                    }
                });
    }

    /**
     * The contact row: the contact without its parts, its version, the UpdatedDate its last update replaced, its
     * Address without parts if it has one, and which tables of parts hold rows for it (contact.part_tables).
     */
    private record ContactRow(ContactEntity contact, long version, Instant previousUpdatedDate, Address address,
                              int localizedLines, int partTables) {
    }

    private record CustomFieldRow(String key, boolean extra, String value) {
    }
}
