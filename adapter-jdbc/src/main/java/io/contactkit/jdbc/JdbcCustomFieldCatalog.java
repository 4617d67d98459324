package io.contactkit.jdbc;

import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldKind;
import io.contactkit.domain.port.CustomFieldType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The custom fields defined in table custom_field, with a LIST field's values in custom_field_list_value. */
final class JdbcCustomFieldCatalog implements CustomFieldCatalog {

    private static final String SELECT_DEFINITION = "SELECT f.field_key, f.kind, f.field_type, f.max_length,"
            + " v.list_value"
            + " FROM custom_field f LEFT JOIN custom_field_list_value v ON v.field_key = f.field_key"
            + " WHERE f.field_key = :field_key ORDER BY v.ordinal";

    private final Jdbi jdbi;
    private final boolean closed;

    JdbcCustomFieldCatalog(Jdbi jdbi, boolean closed) {
        this.jdbi = jdbi;
        this.closed = closed;
    }

    @Override
    public Optional<CustomFieldDefinition> definition(String key) {
        List<DefinitionRow> rows = StoreFaults.guarded("reading custom field definitions", () -> jdbi.withHandle(
                handle -> handle.createQuery(SELECT_DEFINITION).bind("field_key", key)
                        .map((rs, ctx) -> new DefinitionRow(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getInt(4), rs.getString(5)))
                        .list()));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        DefinitionRow first = rows.get(0);
        CustomFieldKind kind = ContactColumns.EXTRA_FIELD.equals(first.kind()) ? CustomFieldKind.EXTRA
                : CustomFieldKind.USER_DEFINED;
        List<String> listValues = rows.stream().map(DefinitionRow::listValue).filter(Objects::nonNull).toList();
        return Optional.of(new CustomFieldDefinition(first.key(), kind, CustomFieldType.valueOf(first.type()),
                first.maxLength(), listValues));
    }

    @Override
    public boolean closed() {
        return closed;
    }

    /** One definition row joined with one of its list values, or with none. */
    private record DefinitionRow(String key, String kind, String type, int maxLength, String listValue) {
    }
}
