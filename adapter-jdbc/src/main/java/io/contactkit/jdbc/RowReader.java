package io.contactkit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Reads a result row's columns one after the other, in the order the query selects them. By position, not by label:
 * a lookup by label makes the driver build a map of the result's labels, for each result, which costs more than
 * reading the row.
 */
final class RowReader {

    private final ResultSet row;
    private int next = 1;

    RowReader(ResultSet row) {
        this.row = row;
    }

    String text() throws SQLException {
        return row.getString(next++);
    }

    int integer() throws SQLException {
        return row.getInt(next++);
    }

    /** An int the row may lack: SQL NULL reads as null. */
    Integer optionalInteger() throws SQLException {
        int value = row.getInt(next++);
        return row.wasNull() ? null : value;
    }

    long longInteger() throws SQLException {
        return row.getLong(next++);
    }

    boolean flag() throws SQLException {
        return row.getBoolean(next++);
    }

    double floatingPoint() throws SQLException {
        return row.getDouble(next++);
    }

    /** An instant in two columns, seconds since the epoch and nanoseconds; null if the seconds are NULL. */
    Instant instant() throws SQLException {
        long seconds = row.getLong(next++);
        boolean absent = row.wasNull();
        int nanos = row.getInt(next++);
        return absent ? null : Instant.ofEpochSecond(seconds, nanos);
    }
}
