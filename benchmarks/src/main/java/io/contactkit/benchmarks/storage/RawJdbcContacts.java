package io.contactkit.benchmarks.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.jdbc.JdbcSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the rows the store writes for a contact that has only scalar properties and elements, written with
 * one prepared insert and one prepared batch, and read back with one hand-written select per table, on a
 * connection pool of its own. Every list reference and actor of such a contact is null.
 */
public final class RawJdbcContacts implements AutoCloseable {

    private static final String COLUMNS = "name, department, org_nr, number1, number2, updated_seconds,"
            + " updated_nanos, created_seconds, created_nanos, description, no_mailing, kananame, xstop,"
            + " active_interests, group_id, active_status_monitor_id, deleted, dbi_agent_id,"
            + " dbi_last_syncronized_seconds, dbi_last_syncronized_nanos, dbi_key, dbi_last_modified_seconds,"
            + " dbi_last_modified_nanos, source, active_erp_links";
    private static final String INSERT_CONTACT = "INSERT INTO contact (version, " + COLUMNS + ") VALUES (1"
            + ", ?".repeat(25) + ")";
    private static final String INSERT_ELEMENT = "INSERT INTO contact_element (contact_id, kind, ordinal,"
            + " element_value, stripped_value, description) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String SELECT_CONTACT = "SELECT id, " + COLUMNS + " FROM contact WHERE id = ?";
    private static final String SELECT_ELEMENTS = "SELECT kind, element_value, stripped_value, description"
            + " FROM contact_element WHERE contact_id = ? ORDER BY kind, ordinal";

    private final HikariDataSource pool;

    public RawJdbcContacts(JdbcSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("raw-jdbc");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_REPEATABLE_READ");
        this.pool = new HikariDataSource(config);
    }

    /** Inserts the contact row and its elements in one transaction; answers the new id. */
    public int save(ContactEntity contact) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            int id;
            try (PreparedStatement insert = connection.prepareStatement(INSERT_CONTACT, new String[] {"id"})) {
                bindContact(insert, contact);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getInt(1);
                }
            }
            try (PreparedStatement batch = connection.prepareStatement(INSERT_ELEMENT)) {
                for (Map.Entry<String, List<EntityElement>> kind : elementsByKind(contact).entrySet()) {
                    List<EntityElement> elements = kind.getValue();
                    for (int ordinal = 0; ordinal < elements.size(); ordinal++) {
                        EntityElement element = elements.get(ordinal);
                        batch.setInt(1, id);
                        batch.setString(2, kind.getKey());
                        batch.setInt(3, ordinal);
                        batch.setString(4, element.value());
                        batch.setString(5, element.strippedValue());
                        batch.setString(6, element.description());
                        batch.addBatch();
                    }
                }
                batch.executeBatch();
            }
            connection.commit();
            return id;
        }
    }

    /** Reads the contact row and its elements in one transaction. */
    public ContactEntity load(int contactId) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            ContactEntity.Builder contact = ContactEntity.builder();
            try (PreparedStatement select = connection.prepareStatement(SELECT_CONTACT)) {
                select.setInt(1, contactId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("no contact " + contactId);
                    }
                    readContact(row, contact);
                }
            }
            List<EntityElement> emails = new ArrayList<>();
            List<EntityElement> urls = new ArrayList<>();
            List<EntityElement> phones = new ArrayList<>();
            List<EntityElement> faxes = new ArrayList<>();
            Map<String, List<EntityElement>> byKind = Map.of("email", emails, "url", urls, "phone", phones,
                    "fax", faxes);
            try (PreparedStatement select = connection.prepareStatement(SELECT_ELEMENTS)) {
                select.setInt(1, contactId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        byKind.get(row.getString(1)).add(EntityElement.builder().value(row.getString(2))
                                .strippedValue(row.getString(3)).description(row.getString(4)).build());
                    }
                }
            }
            connection.commit();
            return contact.emails(emails).urls(urls).phones(phones).faxes(faxes).build();
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static Map<String, List<EntityElement>> elementsByKind(ContactEntity contact) {
        return Map.of("email", contact.emails(), "url", contact.urls(), "phone", contact.phones(),
                "fax", contact.faxes());
    }

    private static void bindContact(PreparedStatement insert, ContactEntity contact) throws SQLException {
        insert.setString(1, contact.name());
        insert.setString(2, contact.department());
        insert.setString(3, contact.orgNr());
        insert.setString(4, contact.number1());
        insert.setString(5, contact.number2());
        bindInstant(insert, 6, contact.updatedDate());
        bindInstant(insert, 8, contact.createdDate());
        insert.setString(10, contact.description());
        insert.setBoolean(11, contact.noMailing());
        insert.setString(12, contact.kananame());
        insert.setBoolean(13, contact.xstop());
        insert.setInt(14, contact.activeInterests());
        insert.setInt(15, contact.groupId());
        insert.setInt(16, contact.activeStatusMonitorId());
        insert.setInt(17, contact.deleted());
        insert.setInt(18, contact.dbiAgentId());
        bindInstant(insert, 19, contact.dbiLastSyncronized());
        insert.setString(21, contact.dbiKey());
        bindInstant(insert, 22, contact.dbiLastModified());
        insert.setInt(24, contact.source());
        insert.setInt(25, contact.activeErpLinks());
    }

    private static void bindInstant(PreparedStatement statement, int at, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(at, Types.BIGINT);
            statement.setNull(at + 1, Types.INTEGER);
        } else {
            statement.setLong(at, instant.getEpochSecond());
            statement.setInt(at + 1, instant.getNano());
        }
    }

    private static void readContact(ResultSet row, ContactEntity.Builder contact) throws SQLException {
        contact.contactId(row.getInt("id"))
                .name(row.getString("name"))
                .department(row.getString("department"))
                .orgNr(row.getString("org_nr"))
                .number1(row.getString("number1"))
                .number2(row.getString("number2"))
                .updatedDate(instant(row, "updated_seconds", "updated_nanos"))
                .createdDate(instant(row, "created_seconds", "created_nanos"))
                .description(row.getString("description"))
                .noMailing(row.getBoolean("no_mailing"))
                .kananame(row.getString("kananame"))
                .xstop(row.getBoolean("xstop"))
                .activeInterests(row.getInt("active_interests"))
                .groupId(row.getInt("group_id"))
                .activeStatusMonitorId(row.getInt("active_status_monitor_id"))
                .deleted(row.getInt("deleted"))
                .dbiAgentId(row.getInt("dbi_agent_id"))
                .dbiLastSyncronized(instant(row, "dbi_last_syncronized_seconds", "dbi_last_syncronized_nanos"))
                .dbiKey(row.getString("dbi_key"))
                .dbiLastModified(instant(row, "dbi_last_modified_seconds", "dbi_last_modified_nanos"))
                .source(row.getInt("source"))
                .activeErpLinks(row.getInt("active_erp_links"));
    }

    private static Instant instant(ResultSet row, String seconds, String nanos) throws SQLException {
        long epochSecond = row.getLong(seconds);
        return row.wasNull() ? null : Instant.ofEpochSecond(epochSecond, row.getInt(nanos));
    }
}
