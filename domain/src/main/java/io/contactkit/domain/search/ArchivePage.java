package io.contactkit.domain.search;

import java.util.List;
import java.util.Optional;

/**
 * One page of found contacts.
 *
 * @param rows          the rows, in the query's order
 * @param nextSkipToken the {@code $skiptoken} that continues after the last row, when more rows follow
 */
public record ArchivePage(List<ArchiveRow> rows, Optional<String> nextSkipToken) {

    public ArchivePage {
        rows = List.copyOf(rows);
    }
}
