package io.contactkit.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.port.SearchCondition;
import io.contactkit.domain.port.SearchCondition.Comparison;
import io.contactkit.domain.port.SearchCondition.TextOperator;
import io.contactkit.domain.port.SearchField;
import io.contactkit.domain.port.SearchField.StoredValue;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FilterParserTest {

    private static final FilterContext OSLO = new FilterContext(ZoneId.of("Europe/Oslo"),
            Instant.parse("2024-05-15T08:00:00Z"), 7);
    private static final SearchField NAME = SearchField.of(StoredValue.NAME);
    private static final SearchField CATEGORY = SearchField.of(StoredValue.CATEGORY_ID);

    @Test
    void filterBecomesATypedConditionWithFoldedTextAndNoWildcards() {
        SearchCondition condition = FilterParser.parse("NAME Begins 'Foo%_' and category gt 1 or not"
                + " (registeredBy currentAssociate)", OSLO);

        assertEquals(new SearchCondition.Any(List.of(
                new SearchCondition.All(List.of(new SearchCondition.TextMatch(NAME, TextOperator.BEGINS, "foo%_"),
                        new SearchCondition.WholeCompare(CATEGORY, Comparison.GT, 1))),
                new SearchCondition.Not(new SearchCondition.WholeCompare(SearchField.of(StoredValue.CREATED_BY_ID),
                        Comparison.EQ, 7)))), condition);
    }

    @Test
    void doubledQuotesAreOneQuoteAndListsKeepTheirIds() {
        assertEquals(new SearchCondition.TextMatch(NAME, TextOperator.EQUALS, "o'brien"),
                FilterParser.parse("name eq 'O''Brien'", OSLO));
        assertEquals(new SearchCondition.Not(new SearchCondition.WholeIn(CATEGORY, Set.of(3L, 6L))),
                FilterParser.parse("category notOneOf (3, 6)", OSLO));
    }

    @Test
    void aDayIsTheCallersDayAndPeriodsAreCalendarPeriods() {
        SearchField registered = SearchField.of(StoredValue.CREATED_DATE);

        assertEquals(new SearchCondition.InstantRange(registered, Instant.parse("2020-05-27T22:00:00Z"),
                Instant.parse("2020-05-28T22:00:00Z")), FilterParser.parse("registeredDate date '2020-05-28'", OSLO));
        assertEquals(new SearchCondition.InstantRange(registered, Instant.parse("2024-05-12T22:00:00Z"),
                Instant.parse("2024-05-19T22:00:00Z")), FilterParser.parse("registeredDate thisWeek", OSLO));
        assertEquals(new SearchCondition.InstantRange(registered, Instant.parse("2023-12-31T23:00:00Z"),
                Instant.parse("2024-06-30T22:00:00Z")), FilterParser.parse("registeredDate thisHalf", OSLO));
        assertEquals(new SearchCondition.InstantRange(registered, null, Instant.parse("2020-05-28T15:00:00Z")),
                FilterParser.parse("registeredDate beforeTime '2020-05-28T15:00:00Z'", OSLO));
    }

    @Test
    void badFiltersAreRefusedNamingTheFilterAndTheCharacter() {
        assertRefusedAt("nmae begins 'S'", 1, "unknown column 'nmae'");
        assertRefusedAt("name beginz 'S'", 6, "the operator 'beginz' does not apply to name");
        assertRefusedAt("name begins 'S' and lower(name) eq 's'", 21, "unknown function 'lower'");
        assertRefusedAt("contactId eq 12x", 16, "expected 'and', 'or' or the end of the filter, found 'x'");
        assertRefusedAt("contactId eq 99999999999", 14, "not a whole number");
        assertRefusedAt("registeredDate before '2020-13-01'", 23, "not a quoted date");
        assertRefusedAt("(name eq 'a' or name eq 'b'", 1, "this '(' is never closed");
        assertRefusedAt("name eq 'a')", 12, "a ')' without its '('");
        assertRefusedAt("name eq 'open", 9, "no closing quote");
        assertRefusedAt("name eq 'a' and", 16, "the filter ends");
        assertRefusedAt("stop set maybe", 10, "expected a value");
        assertRefusedAt("stop set 2", 10, "true, false, 1 or 0");
        assertRefusedAt("name eq 'a' ; drop table contact", 13, "unexpected character ';'");
        assertRefusedAt("nameDepartment eq 'x'", 1, "is shown, not filtered by");
        assertRefusedAt("startswith(category,'S')", 12, "takes a text column");
    }

    @Test
    void filtersBeyondTheStatedLimitsAreRefused() {
        String deep = "(".repeat(FilterParser.MAX_DEPTH + 1) + "name eq 'a'" + ")".repeat(FilterParser.MAX_DEPTH + 1);
        assertRefusedAt(deep, FilterParser.MAX_DEPTH + 1, "nested at most 32 deep");
        assertRefusedAt("not ".repeat(FilterParser.MAX_DEPTH + 1) + "stop set true", 4 * FilterParser.MAX_DEPTH + 1,
                "nested at most");
        String longFilter = "name eq '" + "x".repeat(FilterParser.MAX_LENGTH) + "'";
        assertRefusedAt(longFilter, FilterParser.MAX_LENGTH + 1, "at most 4096 characters");
        String manyIds = "category oneOf (" + "1,".repeat(FilterParser.MAX_VALUES) + "1)";
        assertRefusedAt(manyIds, 16 + 2 * FilterParser.MAX_VALUES + 1, "at most 1000 values");
    }

    @Test
    void theDeepestAllowedNestingIsParsed() {
        String deepest = "(".repeat(FilterParser.MAX_DEPTH) + "name eq 'a'" + ")".repeat(FilterParser.MAX_DEPTH);

        assertEquals(new SearchCondition.TextMatch(NAME, TextOperator.EQUALS, "a"), FilterParser.parse(deepest, OSLO));
    }

    private static void assertRefusedAt(String filter, int position, String part) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> FilterParser.parse(filter, OSLO));
        Violation violation = refused.violations().get(0);
        assertEquals("$filter", violation.path());
        assertTrue(violation.message().startsWith("at character " + position + ": "), violation.message());
        assertTrue(violation.message().contains(part), violation.message());
    }
}
