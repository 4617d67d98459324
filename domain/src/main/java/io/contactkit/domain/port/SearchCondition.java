package io.contactkit.domain.port;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a contact must satisfy to be found: the typed form of a {@code $filter}, never text for a store to
 * interpret. Every test is two-valued: a text field without a value is {@code ""}, an id without one is 0, and a
 * missing date-time is in no range; so {@link Not} is always the exact complement.
 */
public sealed interface SearchCondition {

    /** Every contact. */
    record Everything() implements SearchCondition {
    }

    record All(List<SearchCondition> conditions) implements SearchCondition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    record Any(List<SearchCondition> conditions) implements SearchCondition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    record Not(SearchCondition condition) implements SearchCondition {
        public Not {
            Objects.requireNonNull(condition, "condition");
        }
    }

    /**
     * A text field's folded value matches the folded text: equals it, begins or ends with it, or contains it. Every
     * character of the text matches itself: no wildcards.
     *
     * @param folded the text as {@link SearchText#fold} folds it
     */
    record TextMatch(SearchField field, TextOperator operator, String folded) implements SearchCondition {
        public TextMatch {
            requireType(field, SearchField.ValueType.TEXT);
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(folded, "folded");
        }
    }

    /** A text field's folded value compared with the folded text, by UTF-16 code units. */
    record TextCompare(SearchField field, Comparison comparison, String folded) implements SearchCondition {
        public TextCompare {
            requireType(field, SearchField.ValueType.TEXT);
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(folded, "folded");
        }
    }

    /** A whole-number field compared with a number. */
    record WholeCompare(SearchField field, Comparison comparison, long number) implements SearchCondition {
        public WholeCompare {
            requireType(field, SearchField.ValueType.WHOLE);
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /** A whole-number field is one of the numbers. */
    record WholeIn(SearchField field, Set<Long> numbers) implements SearchCondition {
        public WholeIn {
            requireType(field, SearchField.ValueType.WHOLE);
            numbers = Set.copyOf(numbers);
        }
    }

    record FlagIs(SearchField field, boolean value) implements SearchCondition {
        public FlagIs {
            requireType(field, SearchField.ValueType.FLAG);
        }
    }

    /**
     * A date-time field lies in {@code [from, until)}; an open end is null. A contact without the date-time is in no
     * range.
     */
    record InstantRange(SearchField field, Instant from, Instant until) implements SearchCondition {
        public InstantRange {
            requireType(field, SearchField.ValueType.INSTANT);
        }
    }

    enum TextOperator { EQUALS, BEGINS, ENDS, CONTAINS }

    enum Comparison { EQ, LT, LE, GT, GE }

    private static void requireType(SearchField field, SearchField.ValueType type) {
        Objects.requireNonNull(field, "field");
        if (field.type() != type) {
            throw new IllegalArgumentException(field + " is no " + type + " field");
        }
    }
}
