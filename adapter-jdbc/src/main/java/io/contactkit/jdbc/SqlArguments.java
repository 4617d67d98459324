package io.contactkit.jdbc;

import java.sql.Types;
import org.jdbi.v3.core.argument.Argument;

/**
 * Parameter values already typed for JDBC. Bound as a plain value, each parameter makes Jdbi look up an argument
 * factory by the value's class and qualifiers; a contact row has over fifty parameters, and the look-ups cost more
 * than the driver's binding.
 */
final class SqlArguments {

    private SqlArguments() {
    }

    static Argument text(String value) {
        return value == null ? (position, statement, context) -> statement.setNull(position, Types.VARCHAR)
                : (position, statement, context) -> statement.setString(position, value);
    }

    static Argument integer(Integer value) {
        return value == null ? (position, statement, context) -> statement.setNull(position, Types.INTEGER)
                : integer(value.intValue());
    }

    static Argument integer(int value) {
        return (position, statement, context) -> statement.setInt(position, value);
    }

    static Argument longInteger(Long value) {
        return value == null ? (position, statement, context) -> statement.setNull(position, Types.BIGINT)
                : (position, statement, context) -> statement.setLong(position, value);
    }

    static Argument flag(Boolean value) {
        return value == null ? (position, statement, context) -> statement.setNull(position, Types.BOOLEAN)
                : (position, statement, context) -> statement.setBoolean(position, value);
    }

    static Argument floatingPoint(Double value) {
        return value == null ? (position, statement, context) -> statement.setNull(position, Types.DOUBLE)
                : (position, statement, context) -> statement.setDouble(position, value);
    }
}
