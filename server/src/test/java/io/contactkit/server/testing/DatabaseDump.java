package io.contactkit.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Every row of every table in a database's public schema, read over a connection of its own (H2 or PostgreSQL), as
 * text in a stable order: two dumps are equal exactly when no row was added, removed or changed in between.
 */
public final class DatabaseDump {

    private static final String TABLES = "SELECT table_name FROM information_schema.tables"
            + " WHERE LOWER(table_schema) = 'public' AND table_type IN ('BASE TABLE', 'TABLE') ORDER BY table_name";

    private DatabaseDump() {
    }

    public static String of(String jdbcUrl, String user, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement()) {
            StringBuilder dump = new StringBuilder();
            for (String table : tables(statement)) {
                dump.append("== ").append(table).append(System.lineSeparator());
                rows(statement, table).forEach(row -> dump.append(row).append(System.lineSeparator()));
            }
            return dump.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dump " + jdbcUrl, e);
        }
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet names = statement.executeQuery(TABLES)) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        return tables;
    }

    /** The rows as text, sorted, since a table without ORDER BY has no order of its own. */
    private static List<String> rows(Statement statement, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(column == 1 ? "" : " | ").append(result.getMetaData().getColumnLabel(column))
                            .append('=').append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }
}
