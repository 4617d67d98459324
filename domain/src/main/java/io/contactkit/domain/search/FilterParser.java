package io.contactkit.domain.search;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.port.SearchCondition;
import io.contactkit.domain.port.SearchCondition.TextOperator;
import io.contactkit.domain.port.SearchText;
import io.contactkit.domain.search.Lexer.Token;
import io.contactkit.domain.search.Lexer.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Parses a {@code $filter} into the core's typed condition. The grammar (words case-insensitive):
 * <pre>
 * filter     := or
 * or         := and ('or' and)*
 * and        := unary ('and' unary)*
 * unary      := 'not' unary | '(' filter ')' | function | comparison
 * function   := ('startswith' | 'endswith') '(' column ',' string ')' [('eq' | 'ne') boolean]
 *             | 'substringof' '(' string ',' column ')' [('eq' | 'ne') boolean]
 * comparison := column operator [operand]
 * operand    := literal | '(' literal (',' literal)* ')'
 * </pre>
 * The operators a column takes depend on its kind ({@link Operators}). Limits: at most {@value #MAX_LENGTH}
 * characters, nested at most {@value #MAX_DEPTH} deep (parentheses and {@code not}), at most {@value #MAX_VALUES}
 * values in one list. Every refusal names {@code $filter} and the character where the fault is.
 */
final class FilterParser {

    static final String PARAMETER = "$filter";
    static final int MAX_LENGTH = 4096;
    static final int MAX_DEPTH = 32;
    static final int MAX_VALUES = 1000;

    private static final Map<String, TextOperator> TEXT_FUNCTIONS = Map.of(
            "startswith", TextOperator.BEGINS,
            "endswith", TextOperator.ENDS,
            "substringof", TextOperator.CONTAINS);

    private final List<Token> tokens;
    private final Operators operators;
    private int next;
    private int depth;

    private FilterParser(List<Token> tokens, Operators operators) {
        this.tokens = tokens;
        this.operators = operators;
    }

    /**
     * The condition the filter states; {@link SearchCondition.Everything} for none (null or blank).
     *
     * @throws InvalidInputException naming {@code $filter} and the character at fault
     */
    static SearchCondition parse(String filter, FilterContext context) {
        if (filter == null || filter.isBlank()) {
            return new SearchCondition.Everything();
        }
        if (filter.length() > MAX_LENGTH) {
            throw QueryRefusal.at(PARAMETER, MAX_LENGTH + 1, "a filter is at most " + MAX_LENGTH
                    + " characters long; this one is " + filter.length());
        }
        FilterParser parser = new FilterParser(Lexer.tokens(PARAMETER, filter), new Operators(context));
        SearchCondition condition = parser.or();
        Token end = parser.peek();
        if (end.type() != Type.END) {
            throw parser.unexpected(end, end.type() == Type.CLOSE ? "a ')' without its '('"
                    : "'and', 'or' or the end of the filter");
        }
        return condition;
    }

    private SearchCondition or() {
        List<SearchCondition> any = new ArrayList<>(List.of(and()));
        while (isWord(peek(), "or")) {
            next++;
            any.add(and());
        }
        return any.size() == 1 ? any.get(0) : new SearchCondition.Any(any);
    }

    private SearchCondition and() {
        List<SearchCondition> all = new ArrayList<>(List.of(unary()));
        while (isWord(peek(), "and")) {
            next++;
            all.add(unary());
        }
        return all.size() == 1 ? all.get(0) : new SearchCondition.All(all);
    }

    private SearchCondition unary() {
        Token token = take();
        if (isWord(token, "not")) {
            return nested(token, () -> new SearchCondition.Not(unary()));
        }
        if (token.type() == Type.OPEN) {
            return nested(token, () -> {
                SearchCondition inner = or();
                Token close = take();
                if (close.type() != Type.CLOSE) {
                    throw close.type() == Type.END
                            ? QueryRefusal.at(PARAMETER, token.position(), "this '(' is never closed")
                            : unexpected(close, "')', 'and' or 'or'");
                }
                return inner;
            });
        }
        if (token.type() != Type.WORD) {
            throw unexpected(token, "a column name, a function, 'not' or '('");
        }
        if (peek().type() == Type.OPEN) {
            return function(token);
        }
        ArchiveColumn column = column(token);
        Token operator = take();
        if (operator.type() != Type.WORD && operator.type() != Type.EQUALS) {
            throw unexpected(operator, "an operator after " + QueryRefusal.quoted(token.text()));
        }
        return operators.condition(column, token, operator, this);
    }

    private SearchCondition nested(Token token, Supplier<SearchCondition> inner) {
        if (++depth > MAX_DEPTH) {
            throw QueryRefusal.at(PARAMETER, token.position(), "a filter is nested at most " + MAX_DEPTH
                    + " deep (parentheses and 'not')");
        }
        SearchCondition condition = inner.get();
        depth--;
        return condition;
    }

    /** {@code startswith(name,'S')}, {@code endswith(name,'AS')}, {@code substringof('Dare',name)}. */
    private SearchCondition function(Token name) {
        String lower = name.text().toLowerCase(Locale.ROOT);
        TextOperator known = TEXT_FUNCTIONS.get(lower);
        if (known == null) {
            throw QueryRefusal.at(PARAMETER, name.position(), "unknown function " + QueryRefusal.quoted(name.text())
                    + "; the functions are startswith(column,'text'), endswith(column,'text') and"
                    + " substringof('text',column)");
        }
        take();
        boolean textFirst = lower.equals("substringof");
        String text;
        Token columnToken;
        if (textFirst) {
            text = string(take());
            expect(Type.COMMA, "','");
            columnToken = take();
        } else {
            columnToken = take();
            expect(Type.COMMA, "','");
            text = string(take());
        }
        ArchiveColumn column = column(columnToken);
        if (column.kind() != ArchiveColumn.Kind.STRING) {
            throw QueryRefusal.at(PARAMETER, columnToken.position(), name.text() + " takes a text column, and "
                    + column.name() + " is " + Operators.describe(column.kind()));
        }
        expect(Type.CLOSE, "')'");
        SearchCondition match = new SearchCondition.TextMatch(column.field(), known,
                SearchText.fold(text));
        return isWord(peek(), "eq") || isWord(peek(), "ne") ? comparedWithBoolean(match) : match;
    }

    /** OData's {@code startswith(name,'S') eq true}. */
    private SearchCondition comparedWithBoolean(SearchCondition match) {
        boolean equal = isWord(take(), "eq");
        Token value = take();
        boolean wanted;
        if (isWord(value, "true")) {
            wanted = true;
        } else if (isWord(value, "false")) {
            wanted = false;
        } else {
            throw unexpected(value, "true or false");
        }
        return wanted == equal ? match : new SearchCondition.Not(match);
    }

    ArchiveColumn column(Token token) {
        if (token.type() != Type.WORD) {
            throw unexpected(token, "a column name");
        }
        ArchiveColumn column = ArchiveColumn.named(token.text()).orElseThrow(() -> QueryRefusal.at(PARAMETER,
                token.position(), "unknown column " + QueryRefusal.quoted(token.text())
                        + " of the SimpleContact archive; the columns are " + String.join(", ",
                        ArchiveColumn.names()) + ", contactUdef/<field key> and contactExtra/<field key>"));
        if (column.kind() == ArchiveColumn.Kind.DISPLAY_ONLY) {
            throw QueryRefusal.at(PARAMETER, token.position(), "the column " + column.name()
                    + " is shown, not filtered by");
        }
        return column;
    }

    /** The operand after an operator: one literal, or a parenthesised list of them. */
    List<Token> operands(boolean list) {
        if (peek().type() != Type.OPEN) {
            return List.of(literal(take()));
        }
        Token open = take();
        List<Token> values = new ArrayList<>();
        do {
            if (values.size() == MAX_VALUES) {
                throw QueryRefusal.at(PARAMETER, peek().position(), "a list holds at most " + MAX_VALUES
                        + " values");
            }
            values.add(literal(take()));
        } while (peek().type() == Type.COMMA && take() != null);
        Token close = take();
        if (close.type() != Type.CLOSE) {
            throw close.type() == Type.END ? QueryRefusal.at(PARAMETER, open.position(), "this '(' is never closed")
                    : unexpected(close, "',' or ')'");
        }
        if (!list && values.size() != 1) {
            throw QueryRefusal.at(PARAMETER, open.position(), "this operator takes one value, not a list");
        }
        return values;
    }

    private Token literal(Token token) {
        if (token.type() == Type.STRING || token.type() == Type.NUMBER
                || isWord(token, "true") || isWord(token, "false")) {
            return token;
        }
        throw unexpected(token, "a value: a number, a quoted 'text', true or false");
    }

    private String string(Token token) {
        if (token.type() != Type.STRING) {
            throw unexpected(token, "a quoted 'text'");
        }
        return token.text();
    }

    private void expect(Type type, String what) {
        Token token = take();
        if (token.type() != type) {
            throw unexpected(token, what);
        }
    }

    InvalidInputException unexpected(Token token, String expected) {
        String found = token.type() == Type.END ? "the filter ends" : "found " + QueryRefusal.quoted(token.text());
        return QueryRefusal.at(PARAMETER, token.position(), "expected " + expected + ", " + found);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.type() != Type.END) {
            next++;
        }
        return token;
    }

    static boolean isWord(Token token, String word) {
        return token.type() == Type.WORD && token.text().equalsIgnoreCase(word);
    }
}
