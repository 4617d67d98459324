package io.contactkit.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The columns of a table and the record properties they hold, in one place: the SQL column lists, the parameter
 * bindings and the reading back all come from it, so they cannot drift apart. Column names are constants of this
 * adapter; values always travel as bound parameters named like their column.
 *
 * @param <R> the record a row holds
 * @param <B> the builder the record is read back into
 */
final class ColumnMap<R, B> {

    private final List<Column<R, B>> columns;

    @SafeVarargs
    ColumnMap(Column<R, B>... columns) {
        this.columns = List.of(columns);
    }

    /** {@code a, b, c}. */
    String names() {
        return String.join(", ", sqlNames());
    }

    /** {@code :a, :b, :c}. */
    String parameters() {
        return sqlNames().stream().map(name -> ":" + name).collect(Collectors.joining(", "));
    }

    /** {@code a = :a, b = :b}. */
    String assignments() {
        return sqlNames().stream().map(name -> name + " = :" + name).collect(Collectors.joining(", "));
    }

    /** {@code t.a, t.b}: the columns of the table aliased {@code alias}, in the order {@link #read} reads them. */
    String select(String alias) {
        return sqlNames().stream().map(name -> alias + "." + name).collect(Collectors.joining(", "));
    }

    void bind(SqlStatement<?> statement, R record) {
        columns.forEach(column -> column.bind(statement, record));
    }

    /** Reads the columns, next in the row in the order {@link #names} lists them, into the builder. */
    void read(RowReader row, B builder) throws SQLException {
        for (Column<R, B> column : columns) {
            column.read(row, builder);
        }
    }

    private List<String> sqlNames() {
        List<String> names = new ArrayList<>();
        columns.forEach(column -> names.addAll(column.names()));
        return names;
    }

    static <R, B> Column<R, B> text(String name, Function<R, String> get, BiConsumer<B, String> set) {
        return new Single<>(name, (statement, value) -> statement.bind(name, SqlArguments.text(value)), RowReader::text,
                get, set);
    }

    static <R, B> Column<R, B> integer(String name, Function<R, Integer> get, BiConsumer<B, Integer> set) {
        return new Single<>(name, (statement, value) -> statement.bind(name, SqlArguments.integer(value)),
                RowReader::integer, get, set);
    }

    /** An int the record may lack: SQL NULL reads back as null. */
    static <R, B> Column<R, B> optionalInteger(String name, Function<R, Integer> get, BiConsumer<B, Integer> set) {
        return new Single<>(name, (statement, value) -> statement.bind(name, SqlArguments.integer(value)),
                RowReader::optionalInteger, get, set);
    }

    static <R, B> Column<R, B> flag(String name, Function<R, Boolean> get, BiConsumer<B, Boolean> set) {
        return new Single<>(name, (statement, value) -> statement.bind(name, SqlArguments.flag(value)), RowReader::flag,
                get, set);
    }

    static <R, B> Column<R, B> floatingPoint(String name, Function<R, Double> get, BiConsumer<B, Double> set) {
        return new Single<>(name, (statement, value) -> statement.bind(name, SqlArguments.floatingPoint(value)),
                RowReader::floatingPoint, get, set);
    }

    /**
     * An instant in two columns, {@code <prefix>_seconds} since the epoch and {@code <prefix>_nanos}: exact to the
     * nanosecond on every database, where PostgreSQL timestamps would round to microseconds.
     */
    static <R, B> Column<R, B> instant(String prefix, Function<R, Instant> get, BiConsumer<B, Instant> set) {
        return new InstantColumn<>(prefix + "_seconds", prefix + "_nanos", get, set);
    }

    /** One property of a record, kept in one or more columns. */
    interface Column<R, B> {

        List<String> names();

        void bind(SqlStatement<?> statement, R record);

        /** Reads the column's values, next in the row, into the builder. */
        void read(RowReader row, B builder) throws SQLException;
    }

    @FunctionalInterface
    private interface Binder<V> {
        void bind(SqlStatement<?> statement, V value);
    }

    @FunctionalInterface
    private interface Getter<V> {
        V get(RowReader row) throws SQLException;
    }

    private record Single<R, B, V>(String name, Binder<V> binder, Getter<V> getter, Function<R, V> get,
                                   BiConsumer<B, V> set) implements Column<R, B> {

        @Override
        public List<String> names() {
            return List.of(name);
        }

        @Override
        public void bind(SqlStatement<?> statement, R record) {
            binder.bind(statement, get.apply(record));
        }

        @Override
        public void read(RowReader row, B builder) throws SQLException {
            set.accept(builder, getter.get(row));
        }
    }

    private record InstantColumn<R, B>(String seconds, String nanos, Function<R, Instant> get,
                                       BiConsumer<B, Instant> set) implements Column<R, B> {

        @Override
        public List<String> names() {
            return List.of(seconds, nanos);
        }

        @Override
        public void bind(SqlStatement<?> statement, R record) {
            Instant value = get.apply(record);
            statement.bind(seconds, SqlArguments.longInteger(value == null ? null : value.getEpochSecond()));
            statement.bind(nanos, SqlArguments.integer(value == null ? null : value.getNano()));
        }

        @Override
        public void read(RowReader row, B builder) throws SQLException {
            set.accept(builder, row.instant());
        }
    }
}
