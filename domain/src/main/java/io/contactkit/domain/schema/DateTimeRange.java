package io.contactkit.domain.schema;

import io.contactkit.domain.failure.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule that a carrier's date-times are ones SuperOffice can hold: a .NET {@code DateTime}, from the first
 * instant of year 1 to the last of year 9999. Java reads far more (up to year 1,000,000,000), and a date-time beyond
 * the range could be kept, but then not be written in every time zone an answer may be asked for; so the core
 * refuses it on every write.
 */
public final class DateTimeRange {

    /** 0001-01-01T00:00:00Z, DateTime.MinValue. */
    public static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    /** 9999-12-31T23:59:59.9999999Z, DateTime.MaxValue: .NET counts in ticks of 100 ns. */
    public static final Instant LAST = Instant.parse("9999-12-31T23:59:59.9999999Z");

    private static final String MESSAGE = "is outside the dates a contact can hold, " + FIRST + " to " + LAST;

    private DateTimeRange() {
    }

    /** Every date-time of the carrier before {@link #FIRST} or after {@link #LAST}, by its wire path. */
    public static List<Violation> violations(Record carrier) {
        List<Violation> violations = new ArrayList<>();
        ScalarWalk.walk(carrier, new ScalarWalk.Visitor() {
            @Override
            public void scalar(ScalarKind kind, Object value, ScalarWalk.WirePath path) {
                if (kind == ScalarKind.DATE_TIME && !within((Instant) value)) {
                    violations.add(new Violation(path.toString(), MESSAGE + "; given " + value));
                }
            }

            @Override
            public void key(String key, ScalarWalk.WirePath path) {
                // keys are text
            }
        });
        return violations;
    }

    /** Whether a date (of a custom field) is one a .NET {@code DateTime} holds: of a year from 1 to 9999. */
    public static boolean holds(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    private static boolean within(Instant instant) {
        return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
    }
}
