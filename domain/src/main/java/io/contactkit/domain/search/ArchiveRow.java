package io.contactkit.domain.search;

import java.util.List;

/**
 * One row of the archive: a contact, with the selected columns in the order selected.
 *
 * @param primaryKey the ContactId
 */
public record ArchiveRow(int primaryKey, List<ArchiveCell> cells) {

    /** Every row of this archive is a contact. */
    public static final String ENTITY_NAME = "contact";

    public ArchiveRow {
        cells = List.copyOf(cells);
    }
}
