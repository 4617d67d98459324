package io.contactkit.domain.search;

import io.contactkit.domain.port.SearchQuery.SortKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the comma-separated column lists of {@code $select} ({@code name,department,category/id}) and
 * {@code $orderBy} ({@code name asc,registeredDate desc}). Names are the archive's, case-insensitive; every refusal
 * names the parameter and the character where the fault is.
 */
final class ColumnList {

    static final String SELECT = "$select";
    static final String ORDER_BY = "$orderBy";
    /** Longer lists are refused: the archive has fewer columns than this. */
    static final int MAX_LENGTH = 4096;

    private ColumnList() {
    }

    /** The selected columns, each once, in the order named; the default selection for none. */
    static List<ArchiveColumn> selection(String select) {
        if (select == null || select.isBlank()) {
            return ArchiveColumn.DEFAULT_SELECTION.stream()
                    .map(name -> ArchiveColumn.named(name).orElseThrow()).toList();
        }
        Map<String, ArchiveColumn> columns = new LinkedHashMap<>();
        for (Item item : items(SELECT, select)) {
            ArchiveColumn column = column(SELECT, item);
            columns.putIfAbsent(column.name().toLowerCase(Locale.ROOT), column);
        }
        return List.copyOf(columns.values());
    }

    /** The sort keys, in the order named; none when nothing is named (ContactId order). */
    static List<SortKey> order(String orderBy) {
        if (orderBy == null || orderBy.isBlank()) {
            return List.of();
        }
        List<SortKey> order = new ArrayList<>();
        for (Item item : items(ORDER_BY, orderBy)) {
            String[] words = item.text().split("\\s+");
            if (words.length > 2) {
                throw QueryRefusal.at(ORDER_BY, item.position(), "expected 'column', 'column asc' or"
                        + " 'column desc', found " + QueryRefusal.quoted(item.text()));
            }
            boolean descending = false;
            if (words.length == 2) {
                String direction = words[1].toLowerCase(Locale.ROOT);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw QueryRefusal.at(ORDER_BY, item.position() + item.text().indexOf(words[1]),
                            "the direction is asc or desc, not " + QueryRefusal.quoted(words[1]));
                }
                descending = direction.equals("desc");
            }
            ArchiveColumn column = column(ORDER_BY, new Item(words[0], item.position()));
            if (!column.orderable()) {
                throw QueryRefusal.at(ORDER_BY, item.position(), "the archive cannot sort by " + column.name());
            }
            for (var field : column.fields()) {
                boolean sorted = descending;
                if (order.stream().noneMatch(key -> key.field().equals(field))) {
                    order.add(new SortKey(field, sorted));
                }
            }
        }
        return List.copyOf(order);
    }

    private static ArchiveColumn column(String parameter, Item item) {
        return ArchiveColumn.named(item.text()).orElseThrow(() -> QueryRefusal.at(parameter, item.position(),
                "unknown column " + QueryRefusal.quoted(item.text()) + " of the SimpleContact archive; the columns"
                        + " are " + String.join(", ", ArchiveColumn.names())
                        + ", contactUdef/<field key> and contactExtra/<field key>"));
    }

    /** The non-blank, trimmed items between commas, each with the character it starts at (from 1). */
    private static List<Item> items(String parameter, String text) {
        if (text.length() > MAX_LENGTH) {
            throw QueryRefusal.at(parameter, MAX_LENGTH + 1, parameter + " is at most " + MAX_LENGTH
                    + " characters long");
        }
        List<Item> items = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String raw = text.substring(start, end);
            String trimmed = raw.strip();
            if (trimmed.isEmpty()) {
                throw QueryRefusal.at(parameter, start + 1, "expected a column name");
            }
            items.add(new Item(trimmed, start + 1 + raw.indexOf(trimmed)));
            start = end + 1;
        }
        return items;
    }

    private record Item(String text, int position) {
    }
}
