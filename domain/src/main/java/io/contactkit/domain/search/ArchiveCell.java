package io.contactkit.domain.search;

/**
 * One column of a found row.
 *
 * @param column  the column's archive name, as rows answer it
 * @param raw     the stored value: an Integer (ids too), String, Boolean or Instant (null for no date)
 * @param display the value as shown: list and associate columns show names in the caller's language
 */
public record ArchiveCell(String column, Object raw, Object display) {
}
