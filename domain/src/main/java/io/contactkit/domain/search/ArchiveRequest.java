package io.contactkit.domain.search;

import java.time.ZoneId;
import java.util.Objects;

/**
 * A query of the contact archive as the client wrote it: the OData options as text, parsed by the core. Each may
 * be null for "not given".
 *
 * @param select    {@code $select}: the columns, e.g. {@code name,department,category}
 * @param filter    {@code $filter}: e.g. {@code name begins 'S' and category oneOf (1,2)}
 * @param orderBy   {@code $orderBy}: e.g. {@code name asc,registeredDate desc}
 * @param top       {@code $top}: how many rows at most
 * @param skip      {@code $skip}: how many rows to skip first
 * @param skipToken {@code $skiptoken}: where the previous page ended, from its {@code odata.nextLink}
 * @param zone      the caller's time zone ({@code SO-TimeZone}): what {@code today} and a plain date mean
 */
public record ArchiveRequest(String select, String filter, String orderBy, String top, String skip,
                             String skipToken, ZoneId zone) {

    public ArchiveRequest {
        Objects.requireNonNull(zone, "zone");
    }
}
