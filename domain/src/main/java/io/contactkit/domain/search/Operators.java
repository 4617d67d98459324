package io.contactkit.domain.search;

import io.contactkit.domain.port.SearchCondition;
import io.contactkit.domain.port.SearchCondition.Comparison;
import io.contactkit.domain.port.SearchCondition.TextOperator;
import io.contactkit.domain.port.SearchField;
import io.contactkit.domain.port.SearchText;
import io.contactkit.domain.search.ArchiveColumn.Kind;
import io.contactkit.domain.search.Lexer.Token;
import io.contactkit.domain.search.Lexer.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The operators of each kind of column, as the SuperOffice search pages list them, turned into typed conditions:
 * <ul>
 * <li>int: {@code eq = equals set}, {@code ne unequals}, {@code lt less}, {@code le}, {@code gt greater},
 * {@code ge}, {@code between (a,b)}, {@code oneOf in (a,b,...)}, {@code notOneOf}</li>
 * <li>list ids (category, business, country) and associates: the same, on the ids; associates also
 * {@code associateIsOneOf}, {@code associateIsNotOneOf} and the unary {@code currentAssociate}</li>
 * <li>strings: {@code eq = is equals}, {@code ne isNot unequals}, {@code begins}, {@code notBegins},
 * {@code contains}, {@code notContains}, {@code between ('a','b')}, {@code oneOf in ('a','b',...)},
 * {@code notOneOf}; case is ignored</li>
 * <li>bools: {@code set eq = equals}, {@code ne unequals}, with true/false or 1/0</li>
 * <li>dates: see {@link DateOperators}</li>
 * </ul>
 */
final class Operators {

    private static final String WHOLE_OPERATORS = "eq (=, equals, set), ne (unequals), lt (less), le, gt (greater),"
            + " ge, between, oneOf (in), notOneOf";
    private static final String ASSOCIATE_OPERATORS = WHOLE_OPERATORS
            + ", associateIsOneOf, associateIsNotOneOf, currentAssociate";
    private static final String TEXT_OPERATORS = "eq (=, is, equals), ne (isNot, unequals), begins, notBegins,"
            + " contains, notContains, between, oneOf (in), notOneOf";
    private static final String FLAG_OPERATORS = "set (eq, =, equals), ne (unequals)";

    private final FilterContext context;
    private final DateOperators dates;

    Operators(FilterContext context) {
        this.context = context;
        this.dates = new DateOperators(context);
    }

    SearchCondition condition(ArchiveColumn column, Token columnToken, Token operator, FilterParser parser) {
        String op = operator.type() == Type.EQUALS ? "=" : operator.text().toLowerCase(Locale.ROOT);
        SearchCondition condition = switch (column.kind()) {
            case INT, LIST -> whole(column.field(), op, parser);
            case ASSOCIATE -> associate(column.field(), op, parser);
            case STRING -> text(column.field(), op, parser);
            case BOOL -> flag(column.field(), op, parser);
            case DATE -> dates.condition(column.field(), op, parser);
            case DISPLAY_ONLY -> null;
        };
        if (condition == null) {
            throw QueryRefusal.at(FilterParser.PARAMETER, operator.position(), "the operator "
                    + QueryRefusal.quoted(operator.text()) + " does not apply to " + column.name() + ", "
                    + describe(column.kind()) + "; its operators are " + operatorsOf(column.kind()));
        }
        return condition;
    }

    static String describe(Kind kind) {
        return switch (kind) {
            case INT -> "an int column";
            case LIST -> "a list column (ids)";
            case ASSOCIATE -> "an associate column (ids)";
            case STRING -> "a string column";
            case BOOL -> "a bool column";
            case DATE -> "a date column";
            case DISPLAY_ONLY -> "a column that is only shown";
        };
    }

    private static String operatorsOf(Kind kind) {
        return switch (kind) {
            case INT, LIST -> WHOLE_OPERATORS;
            case ASSOCIATE -> ASSOCIATE_OPERATORS;
            case STRING -> TEXT_OPERATORS;
            case BOOL -> FLAG_OPERATORS;
            case DATE -> DateOperators.OPERATORS;
            case DISPLAY_ONLY -> "none";
        };
    }

    private SearchCondition associate(SearchField field, String op, FilterParser parser) {
        return switch (op) {
            case "currentassociate" -> new SearchCondition.WholeCompare(field, Comparison.EQ, context.associateId());
            case "associateisoneof" -> whole(field, "oneof", parser);
            case "associateisnotoneof" -> whole(field, "notoneof", parser);
            default -> whole(field, op, parser);
        };
    }

    /** Ints, list ids and associate ids: every comparison, ranges and lists of ids. */
    private static SearchCondition whole(SearchField field, String op, FilterParser parser) {
        Comparison comparison = switch (op) {
            case "=", "eq", "equals", "set" -> Comparison.EQ;
            case "lt", "less" -> Comparison.LT;
            case "le" -> Comparison.LE;
            case "gt", "greater" -> Comparison.GT;
            case "ge" -> Comparison.GE;
            default -> null;
        };
        if (comparison != null) {
            return new SearchCondition.WholeCompare(field, comparison, number(parser.operands(false).get(0)));
        }
        return switch (op) {
            case "ne", "unequals" -> new SearchCondition.Not(
                    new SearchCondition.WholeCompare(field, Comparison.EQ, number(parser.operands(false).get(0))));
            case "oneof", "in" -> new SearchCondition.WholeIn(field, numbers(parser.operands(true)));
            case "notoneof" -> new SearchCondition.Not(new SearchCondition.WholeIn(field,
                    numbers(parser.operands(true))));
            case "between" -> between(field, parser);
            default -> null;
        };
    }

    private static SearchCondition between(SearchField field, FilterParser parser) {
        List<Token> bounds = pair(parser);
        return new SearchCondition.All(List.of(
                new SearchCondition.WholeCompare(field, Comparison.GE, number(bounds.get(0))),
                new SearchCondition.WholeCompare(field, Comparison.LE, number(bounds.get(1)))));
    }

    private static SearchCondition text(SearchField field, String op, FilterParser parser) {
        TextOperator match = switch (op) {
            case "=", "eq", "is", "equals", "ne", "isnot", "unequals" -> TextOperator.EQUALS;
            case "begins", "notbegins" -> TextOperator.BEGINS;
            case "contains", "notcontains" -> TextOperator.CONTAINS;
            default -> null;
        };
        boolean negated = op.equals("ne") || op.equals("isnot") || op.equals("unequals") || op.startsWith("not");
        if (match != null) {
            SearchCondition condition = new SearchCondition.TextMatch(field, match,
                    folded(parser.operands(false).get(0)));
            return negated ? new SearchCondition.Not(condition) : condition;
        }
        return switch (op) {
            case "oneof", "in" -> oneOfTexts(field, parser);
            case "notoneof" -> new SearchCondition.Not(oneOfTexts(field, parser));
            case "between" -> textBetween(field, parser);
            default -> null;
        };
    }

    private static SearchCondition oneOfTexts(SearchField field, FilterParser parser) {
        List<SearchCondition> any = new ArrayList<>();
        for (Token value : parser.operands(true)) {
            any.add(new SearchCondition.TextMatch(field, TextOperator.EQUALS, folded(value)));
        }
        return any.size() == 1 ? any.get(0) : new SearchCondition.Any(any);
    }

    /** {@code name between ('A','S')}: from A up to and including every text that begins with S. */
    private static SearchCondition textBetween(SearchField field, FilterParser parser) {
        List<Token> bounds = pair(parser);
        String high = folded(bounds.get(1));
        return new SearchCondition.All(List.of(
                new SearchCondition.TextCompare(field, Comparison.GE, folded(bounds.get(0))),
                new SearchCondition.Any(List.of(new SearchCondition.TextCompare(field, Comparison.LE, high),
                        new SearchCondition.TextMatch(field, TextOperator.BEGINS, high)))));
    }

    private static SearchCondition flag(SearchField field, String op, FilterParser parser) {
        Boolean equal = switch (op) {
            case "set", "=", "eq", "equals" -> Boolean.TRUE;
            case "ne", "unequals" -> Boolean.FALSE;
            default -> null;
        };
        return equal == null ? null
                : new SearchCondition.FlagIs(field, flagValue(parser.operands(false).get(0)) == equal);
    }

    static List<Token> pair(FilterParser parser) {
        List<Token> bounds = parser.operands(true);
        if (bounds.size() != 2) {
            throw QueryRefusal.at(FilterParser.PARAMETER, bounds.get(0).position(),
                    "between takes two values: (low,high)");
        }
        return bounds;
    }

    private static long number(Token token) {
        String digits = token.text().trim();
        if (token.type() == Type.NUMBER || token.type() == Type.STRING && digits.matches("[-+]?\\d{1,11}")) {
            try {
                return Integer.parseInt(digits.startsWith("+") ? digits.substring(1) : digits);
            } catch (NumberFormatException e) {
                // refused below
            }
        }
        throw QueryRefusal.at(FilterParser.PARAMETER, token.position(), QueryRefusal.quoted(token.text())
                + " is not a whole number between -2147483648 and 2147483647");
    }

    private static Set<Long> numbers(List<Token> tokens) {
        Set<Long> numbers = new LinkedHashSet<>();
        tokens.forEach(token -> numbers.add(number(token)));
        return numbers;
    }

    private static String folded(Token token) {
        if (token.type() == Type.STRING || token.type() == Type.NUMBER) {
            return SearchText.fold(token.text());
        }
        throw QueryRefusal.at(FilterParser.PARAMETER, token.position(), "expected a quoted 'text', found "
                + QueryRefusal.quoted(token.text()));
    }

    private static boolean flagValue(Token token) {
        String value = token.text().trim().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("1")) {
            return true;
        }
        if (value.equals("false") || value.equals("0")) {
            return false;
        }
        throw QueryRefusal.at(FilterParser.PARAMETER, token.position(), QueryRefusal.quoted(token.text())
                + " is not a bool value: true, false, 1 or 0");
    }
}
