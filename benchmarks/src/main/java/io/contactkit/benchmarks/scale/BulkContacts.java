package io.contactkit.benchmarks.scale;

import io.contactkit.jdbc.JdbcSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Fills a PostgreSQL contact store in bulk, server-side: every new contact is a copy of a template contact that the
 * product stored itself, made with {@code INSERT ... SELECT ... FROM generate_series} into the contact table and
 * {@code INSERT ... SELECT} from each table of parts (every table with a {@code contact_id} column: elements,
 * interests, persons, address, ...). So the new rows are exactly what the product's own insert wrote, the version
 * column and the tables behind the load's EXISTS flags included, whatever the schema holds; only the id differs.
 * Columns and tables come from the database's own catalog; generated columns ({@code name_key}) the database
 * computes itself.
 *
 * <p>The copies go in chunks, each chunk's contacts and parts in one transaction, with foreign-key triggers off
 * ({@code session_replication_role = replica}, which needs the superuser the embedded server gives): every copied
 * part row points at a contact of the same chunk. Afterwards {@code VACUUM ANALYZE} leaves the tables as a long-lived
 * database has them (statistics, visibility map) so that autovacuum does not start on the fresh rows during a
 * measurement.
 */
final class BulkContacts {

    /** Contacts copied per transaction: enough that per-statement costs vanish, few enough for small transactions. */
    static final int CHUNK = 50_000;

    private static final String CONTACT_COLUMNS = "SELECT column_name FROM information_schema.columns"
            + " WHERE table_schema = current_schema() AND table_name = 'contact' AND column_name <> 'id'"
            + " AND is_generated = 'NEVER' ORDER BY ordinal_position";
    private static final String PART_TABLES = "SELECT table_name FROM information_schema.columns"
            + " WHERE table_schema = current_schema() AND column_name = 'contact_id' ORDER BY table_name";
    private static final String PART_COLUMNS = "SELECT column_name FROM information_schema.columns"
            + " WHERE table_schema = current_schema() AND table_name = ? AND column_name <> 'contact_id'"
            + " ORDER BY ordinal_position";

    private final JdbcSettings settings;
    private final int chunk;

    BulkContacts(JdbcSettings settings) {
        this(settings, CHUNK);
    }

    /** For tests: copies {@code chunk} contacts per transaction. */
    BulkContacts(JdbcSettings settings, int chunk) {
        this.settings = settings;
        this.chunk = chunk;
    }

    /** How many contacts the store holds. */
    int count() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM contact")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** The ids of all stored contacts, in ascending order. */
    int[] ids() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM contact ORDER BY id")) {
            IntStream.Builder ids = IntStream.builder();
            while (rows.next()) {
                ids.add(rows.getInt(1));
            }
            return ids.build().toArray();
        }
    }

    /**
     * Adds copies of the template contact until the store holds {@code total} contacts, then vacuums and analyzes.
     *
     * @return how many contacts were added
     */
    int fillTo(int total, int templateId) throws SQLException {
        int missing = total - count();
        if (missing <= 0) {
            return 0;
        }
        try (Connection connection = connect()) {
            String contactColumns = String.join(", ", names(connection, CONTACT_COLUMNS, null));
            List<PartCopy> parts = new ArrayList<>();
            for (String table : names(connection, PART_TABLES, null)) {
                parts.add(new PartCopy(table, names(connection, PART_COLUMNS, table)));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET session_replication_role = replica");
            }
            connection.setAutoCommit(false);
            for (int added = 0; added < missing; added += chunk) {
                copyChunk(connection, templateId, Math.min(chunk, missing - added), contactColumns, parts);
                connection.commit();
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
            }
        }
        return missing;
    }

    /**
     * Gives every contact a name of its own, {@code <letter>ompany <id>} with the letter running A to Z over the ids
     * (so each first letter starts about 1/26 of the names), unless they have one already; then vacuums and
     * analyzes. The copies all carry the template's name, which no name search can tell apart.
     */
    void varyNames() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try (ResultSet same = statement.executeQuery("SELECT COUNT(*) FROM contact WHERE name ="
                    + " (SELECT name FROM contact ORDER BY id LIMIT 1)")) {
                same.next();
                if (same.getInt(1) <= 1) {
                    return;
                }
            }
            statement.execute("UPDATE contact SET name = chr(65 + id % 26) || 'ompany ' || id");
            statement.execute("VACUUM ANALYZE contact");
        }
    }

    private static void copyChunk(Connection connection, int templateId, int copies, String contactColumns,
                                  List<PartCopy> parts) throws SQLException {
        int lastId = lastId(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO contact (" + contactColumns
                + ") SELECT " + contactColumns + " FROM contact CROSS JOIN generate_series(1, ?) WHERE id = ?")) {
            insert.setInt(1, copies);
            insert.setInt(2, templateId);
            insert.executeUpdate();
        }
        for (PartCopy part : parts) {
            part.copy(connection, templateId, lastId);
        }
    }

    private static int lastId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM contact")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** The table or column names a catalog query answers; {@code table}, when given, is its one parameter. */
    private static List<String> names(Connection connection, String query, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            if (table != null) {
                select.setString(1, table);
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    /** One table of parts: its rows of the template, copied for each contact added after a given id. */
    private record PartCopy(String table, List<String> columns) {

        void copy(Connection connection, int templateId, int afterId) throws SQLException {
            String copied = String.join(", ", columns.stream().map(column -> "p." + column).toList());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (contact_id, "
                    + String.join(", ", columns) + ") SELECT c.id, " + copied + " FROM contact c CROSS JOIN "
                    + table + " p WHERE p.contact_id = ? AND c.id > ? ORDER BY c.id")) {
                insert.setInt(1, templateId);
                insert.setInt(2, afterId);
                insert.executeUpdate();
            }
        }
    }
}
