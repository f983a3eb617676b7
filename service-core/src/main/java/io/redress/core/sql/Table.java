package io.redress.core.sql;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A table whose rows are the stored form of records {@code S}, read and written set-wise: one query loads every row a
 * batch touches ({@code where key = any($1)}), one statement writes (or deletes) every changed and new row ({@code insert ...
 * select from unnest($1, $2, ...) on conflict (key) do update}), whatever the number of rows. A read model declares
 * its columns once and writes no SQL for bookkeeping.
 *
 * @param <K> the key (the first key column's Java type)
 * @param <S> the record a row holds
 */
public final class Table<K, S> {

    /** A column's PostgreSQL type, and the Java array the Vert.x client binds for it. */
    public enum Type {
        UUID("uuid", java.util.UUID.class), TEXT("text", String.class), INT("int4", Integer.class),
        BIGINT("int8", Long.class), BOOL("bool", Boolean.class),
        TIMESTAMP("timestamptz", java.time.OffsetDateTime.class), NUMERIC("numeric", String.class);

        private final String sql;
        private final Class<?> element;

        Type(String sql, Class<?> element) {
            this.sql = sql;
            this.element = element;
        }

        /** The value as the client binds it: times as UTC offsets, enums by name, decimals as text (cast in SQL). */
        Object bind(Object value) {
            return switch (value) {
                case null -> null;
                case Instant instant -> Sql.time(instant);
                case Enum<?> constant -> constant.name();
                case BigDecimal decimal -> decimal.toPlainString();
                default -> value;
            };
        }

        /** The parameter's declared type: decimals travel as text and are cast once unnested. */
        String parameter() {
            return (this == NUMERIC ? "text" : sql) + "[]";
        }
    }

    private record Column<S>(String name, Type type, Function<S, ?> value) {
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String name;
    private final List<Column<S>> keys;
    private final List<Column<S>> columns;
    private final Function<Row, S> reader;
    private final String select;
    private final String selectForUpdate;
    private final String selectAll;
    private final String upsert;
    private final String insertMissing;
    private final String delete;

    private Table(String name, List<Column<S>> keys, List<Column<S>> columns, Function<Row, S> reader) {
        this.name = name;
        this.keys = List.copyOf(keys);
        this.columns = List.copyOf(columns);
        this.reader = reader;
        List<Column<S>> all = all();
        String names = all.stream().map(Column::name).collect(Collectors.joining(", "));
        this.select = "select %s from %s where %s = any($1::%s)".formatted(names, name, keys.getFirst().name(),
                keys.getFirst().type().parameter());
        this.selectForUpdate = select + " order by %s for update".formatted(keys.getFirst().name());
        this.selectAll = select + " order by " + keys.stream().map(Column::name).collect(Collectors.joining(", "));
        String insert = "insert into %s (%s) select %s from unnest(%s) as u(%s) on conflict (%s) do ".formatted(name,
                names, all.stream().map(c -> c.type() == Type.NUMERIC ? c.name() + "::numeric" : c.name())
                        .collect(Collectors.joining(", ")),
                parameters(all), names, keys.stream().map(Column::name).collect(Collectors.joining(", ")));
        this.insertMissing = insert + "nothing";
        this.delete = "delete from %s where %s = any($1::%s)".formatted(name, keys.getFirst().name(),
                keys.getFirst().type().parameter());
        this.upsert = columns.isEmpty() ? insertMissing : insert + "update set " + columns.stream()
                .map(c -> c.name() + " = excluded." + c.name()).collect(Collectors.joining(", "));
    }

    private static String parameters(List<? extends Column<?>> columns) {
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            parameters.add("$%d::%s".formatted(i + 1, columns.get(i).type().parameter()));
        }
        return String.join(", ", parameters);
    }

    public static <K, S> Builder<K, S> named(String name, Function<Row, S> reader) {
        return new Builder<>(name, reader);
    }

    public String name() {
        return name;
    }

    /** The rows with these keys (first key column), by key; in the caller's transaction when given one. */
    public Uni<Map<K, S>> load(SqlClient tx, Collection<K> keys) {
        return load(tx, select, keys);
    }

    /**
     * The rows with these keys, locked until the transaction ends, in key order: a writer that read a row this
     * way cannot lose an update made meanwhile by another (the live consumer and a command writing the same
     * complaint), and two writers that lock in key order cannot deadlock.
     */
    public Uni<Map<K, S>> loadForUpdate(SqlConnection tx, Collection<K> keys) {
        return load(tx, selectForUpdate, keys);
    }

    /**
     * Every row whose first key column is one of these, for a table of several rows per subject (its key columns
     * the subject's and the row's own): one query, in key order.
     */
    public Uni<List<S>> loadAll(SqlClient tx, Collection<K> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Column<S> key = this.keys.getFirst();
        return Sql.query(tx, selectAll, array(key.type(), keys.stream().map(key.type()::bind).toList()))
                .map(rows -> {
                    List<S> found = new ArrayList<>();
                    rows.forEach(row -> found.add(reader.apply(row)));
                    return found;
                });
    }

    @SuppressWarnings("unchecked")
    private Uni<Map<K, S>> load(SqlClient tx, String select, Collection<K> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Column<S> key = this.keys.getFirst();
        Object array = array(key.type(), keys.stream().map(key.type()::bind).toList());
        return Sql.query(tx, select, array).map(rows -> {
            Map<K, S> found = new LinkedHashMap<>();
            for (Row row : rows) {
                S record = reader.apply(row);
                found.put((K) key.value().apply(record), record);
            }
            return found;
        });
    }

    /** Writes the rows, new or changed, in one statement. */
    public Uni<Void> upsert(SqlClient tx, Collection<S> rows) {
        return write(tx, upsert, rows);
    }

    /** Inserts the rows whose key is not in the table yet; leaves the others as they are. */
    public Uni<Void> insertMissing(SqlClient tx, Collection<S> rows) {
        return write(tx, insertMissing, rows);
    }

    /**
     * Inserts the rows whose key is not in the table yet, leaving the others as they are, in one statement; answers
     * the keys (first key column, of a UUID or text key) it inserted. A row a concurrent transaction is inserting
     * makes PostgreSQL wait for that one's end.
     */
    @SuppressWarnings("unchecked")
    public Uni<Set<K>> insertNew(SqlClient tx, Collection<S> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Sql.query(tx, insertMissing + " returning " + keys.getFirst().name(), arrays(rows)).map(inserted -> {
            Set<K> added = new HashSet<>();
            inserted.forEach(row -> added.add((K) row.getValue(0)));
            return added;
        });
    }

    /** Deletes the rows with these keys (first key column). */
    public Uni<Void> delete(SqlClient tx, Collection<K> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Column<S> key = this.keys.getFirst();
        return Sql.execute(tx, delete, array(key.type(), keys.stream().map(key.type()::bind).toList()));
    }

    private Uni<Void> write(SqlClient tx, String statement, Collection<S> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Sql.execute(tx, statement, arrays(rows));
    }

    /** One array per column, keys first, of the rows' values. */
    private Object[] arrays(Collection<S> rows) {
        List<Column<S>> all = all();
        Object[] arrays = new Object[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Column<S> column = all.get(i);
            arrays[i] = array(column.type(), rows.stream().map(row -> column.type().bind(column.value().apply(row)))
                    .toList());
        }
        return arrays;
    }

    private List<Column<S>> all() {
        List<Column<S>> all = new ArrayList<>(keys);
        all.addAll(columns);
        return all;
    }

    private static Object array(Type type, List<?> values) {
        Object array = Array.newInstance(type.element, values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, values.get(i));
        }
        return array;
    }

    /** Declares a table's columns: keys first, then the others, each with the record's accessor. */
    public static final class Builder<K, S> {

        private final String name;
        private final Function<Row, S> reader;
        private final List<Column<S>> keys = new ArrayList<>();
        private final List<Column<S>> columns = new ArrayList<>();

        private Builder(String name, Function<Row, S> reader) {
            this.name = plain(name);
            this.reader = reader;
        }

        /** A key column; the first one is what {@link #load} looks rows up by. */
        public Builder<K, S> key(String column, Type type, Function<S, ?> value) {
            keys.add(new Column<>(plain(column), type, value));
            return this;
        }

        public Builder<K, S> column(String column, Type type, Function<S, ?> value) {
            columns.add(new Column<>(plain(column), type, value));
            return this;
        }

        public Table<K, S> build() {
            if (keys.isEmpty()) {
                throw new IllegalStateException("table " + name + " needs a key column");
            }
            return new Table<>(name, keys, columns, reader);
        }

        private static String plain(String identifier) {
            if (!PLAIN_NAME.matcher(identifier).matches()) {
                throw new IllegalArgumentException("not a plain SQL name: " + identifier);
            }
            return identifier;
        }
    }
}
