package io.contactkit.domain.search;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a filter's relative words mean for this caller: dates and periods ({@code today}, {@code thisWeek}) in the
 * caller's time zone at this instant, {@code currentAssociate} the caller's associate.
 */
record FilterContext(ZoneId zone, Instant now, int associateId) {

    FilterContext {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
    }
}
