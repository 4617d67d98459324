package io.contactkit.domain.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query parameter into tokens, each with the character (from 1) it starts at. A word is a name, an
 * operator or a keyword: letters, digits and {@code _ : / . -}, starting with a letter or {@code _}. A string is
 * quoted in {@code '}, a quote inside it doubled ({@code 'O''Brien'}); no other character is special in it.
 */
final class Lexer {

    enum Type { WORD, STRING, NUMBER, OPEN, CLOSE, COMMA, EQUALS, END }

    record Token(Type type, String text, int position) {
    }

    private final String parameter;
    private final String text;
    private int at;

    private Lexer(String parameter, String text) {
        this.parameter = parameter;
        this.text = text;
    }

    static List<Token> tokens(String parameter, String text) {
        return new Lexer(parameter, text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpace();
            if (at >= text.length()) {
                tokens.add(new Token(Type.END, "", at + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = at;
        char c = text.charAt(at);
        switch (c) {
            case '(':
                at++;
                return new Token(Type.OPEN, "(", start + 1);
            case ')':
                at++;
                return new Token(Type.CLOSE, ")", start + 1);
            case ',':
                at++;
                return new Token(Type.COMMA, ",", start + 1);
            case '=':
                at++;
                return new Token(Type.EQUALS, "=", start + 1);
            case '\'':
                return string(start);
            default:
                break;
        }
        if (isDigit(c) || (c == '-' || c == '+') && at + 1 < text.length() && isDigit(text.charAt(at + 1))) {
            at++;
            while (at < text.length() && isDigit(text.charAt(at))) {
                at++;
            }
            return new Token(Type.NUMBER, text.substring(start, at), start + 1);
        }
        if (Character.isLetter(c) || c == '_') {
            while (at < text.length() && isWordPart(text.charAt(at))) {
                at++;
            }
            return new Token(Type.WORD, text.substring(start, at), start + 1);
        }
        throw QueryRefusal.at(parameter, start + 1, "unexpected character " + describe(c));
    }

    private Token string(int start) {
        StringBuilder value = new StringBuilder();
        at++;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c != '\'') {
                value.append(c);
            } else if (at < text.length() && text.charAt(at) == '\'') {
                value.append('\'');
                at++;
            } else {
                return new Token(Type.STRING, value.toString(), start + 1);
            }
        }
        throw QueryRefusal.at(parameter, start + 1, "the string that starts here has no closing quote");
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '/' || c == '.' || c == '-';
    }

    private static String describe(char c) {
        return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : "'" + c + "'";
    }
}
