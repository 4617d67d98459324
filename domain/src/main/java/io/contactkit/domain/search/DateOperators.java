package io.contactkit.domain.search;

import io.contactkit.domain.port.SearchCondition;
import io.contactkit.domain.port.SearchField;
import io.contactkit.domain.search.Lexer.Token;
import io.contactkit.domain.search.Lexer.Type;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The date operators, each a range of instants in the caller's time zone. A value is a quoted date
 * ({@code '2020-05-28'}: that whole day) or date-time ({@code '2020-05-28T15:00:00'}: that second, in the caller's
 * zone unless it names an offset such as {@code Z}).
 * <ul>
 * <li>{@code before lt beforeTime}: before the value; {@code beforeOrEqual le}: up to the end of it</li>
 * <li>{@code after gt afterTime}: after the end of the value; {@code afterOrEqual ge}: from its start</li>
 * <li>{@code date dateTime eq = equals}: within it; {@code ne unequals}: outside it</li>
 * <li>{@code between dateBetween (a,b)}: from the start of a to the end of b</li>
 * <li>unary: {@code beforeToday today afterToday lastWeek thisWeek nextWeek lastMonth thisMonth nextMonth
 * lastQuarter thisQuarter nextQuarter thisHalf thisYear}; weeks start on Monday (ISO 8601)</li>
 * </ul>
 * A contact without the date is in no range, so {@code ne} and {@code not} find it.
 */
final class DateOperators {

    static final String OPERATORS = "before (lt, beforeTime), beforeOrEqual (le), after (gt, afterTime),"
            + " afterOrEqual (ge), date (dateTime, eq, =, equals), ne (unequals), between (dateBetween),"
            + " beforeToday, today, afterToday, lastWeek, thisWeek, nextWeek, lastMonth, thisMonth, nextMonth,"
            + " lastQuarter, thisQuarter, nextQuarter, thisHalf, thisYear";

    private final FilterContext context;
    private final LocalDate today;

    DateOperators(FilterContext context) {
        this.context = context;
        this.today = LocalDate.ofInstant(context.now(), context.zone());
    }

    /** The condition, or null for an operator dates do not have. */
    SearchCondition condition(SearchField field, String op, FilterParser parser) {
        SearchCondition period = period(field, op);
        if (period != null) {
            return period;
        }
        return switch (op) {
            case "before", "lt", "beforetime" -> range(field, null, span(parser).start());
            case "beforeorequal", "le" -> range(field, null, span(parser).end());
            case "after", "gt", "aftertime" -> range(field, span(parser).end(), null);
            case "afterorequal", "ge" -> range(field, span(parser).start(), null);
            case "date", "datetime", "eq", "=", "equals" -> within(field, span(parser));
            case "ne", "unequals" -> new SearchCondition.Not(within(field, span(parser)));
            case "between", "datebetween" -> between(field, parser);
            default -> null;
        };
    }

    private SearchCondition period(SearchField field, String op) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstOfMonth = today.withDayOfMonth(1);
        LocalDate firstOfQuarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate firstOfYear = today.withDayOfYear(1);
        return switch (op) {
            case "beforetoday" -> days(field, null, today);
            case "today" -> days(field, today, today.plusDays(1));
            case "aftertoday" -> days(field, today.plusDays(1), null);
            case "lastweek" -> days(field, monday.minusWeeks(1), monday);
            case "thisweek" -> days(field, monday, monday.plusWeeks(1));
            case "nextweek" -> days(field, monday.plusWeeks(1), monday.plusWeeks(2));
            case "lastmonth" -> days(field, firstOfMonth.minusMonths(1), firstOfMonth);
            case "thismonth" -> days(field, firstOfMonth, firstOfMonth.plusMonths(1));
            case "nextmonth" -> days(field, firstOfMonth.plusMonths(1), firstOfMonth.plusMonths(2));
            case "lastquarter" -> days(field, firstOfQuarter.minusMonths(3), firstOfQuarter);
            case "thisquarter" -> days(field, firstOfQuarter, firstOfQuarter.plusMonths(3));
            case "nextquarter" -> days(field, firstOfQuarter.plusMonths(3), firstOfQuarter.plusMonths(6));
            case "thishalf" -> {
                LocalDate firstOfHalf = firstOfYear.plusMonths(today.getMonthValue() <= 6 ? 0 : 6);
                yield days(field, firstOfHalf, firstOfHalf.plusMonths(6));
            }
            case "thisyear" -> days(field, firstOfYear, firstOfYear.plusYears(1));
            default -> null;
        };
    }

    private SearchCondition between(SearchField field, FilterParser parser) {
        List<Token> bounds = Operators.pair(parser);
        return range(field, span(bounds.get(0)).start(), span(bounds.get(1)).end());
    }

    private SearchCondition days(SearchField field, LocalDate from, LocalDate until) {
        return range(field, from == null ? null : startOf(from), until == null ? null : startOf(until));
    }

    private static SearchCondition within(SearchField field, Span span) {
        return range(field, span.start(), span.end());
    }

    private static SearchCondition range(SearchField field, Instant from, Instant until) {
        return new SearchCondition.InstantRange(field, from, until);
    }

    private Span span(FilterParser parser) {
        return span(parser.operands(false).get(0));
    }

    /** The instants a quoted date or date-time covers: a whole day, or one second. */
    private Span span(Token token) {
        if (token.type() == Type.STRING) {
            String text = token.text().trim();
            try {
                if (text.length() == 10) {
                    LocalDate day = LocalDate.parse(text);
                    return new Span(startOf(day), startOf(day.plusDays(1)));
                }
                Instant moment = hasOffset(text) ? OffsetDateTime.parse(text).toInstant()
                        : LocalDateTime.parse(text).atZone(context.zone()).toInstant();
                return new Span(moment, moment.plusSeconds(1));
            } catch (DateTimeException e) {
                // refused below
            }
        }
        throw QueryRefusal.at(FilterParser.PARAMETER, token.position(), QueryRefusal.quoted(token.text())
                + " is not a quoted date 'yyyy-MM-dd' or date-time 'yyyy-MM-ddTHH:mm:ss'");
    }

    private static boolean hasOffset(String text) {
        return text.endsWith("Z") || text.endsWith("z") || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(context.zone()).toInstant();
    }

    private record Span(Instant start, Instant end) {
    }
}
