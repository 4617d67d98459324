package io.contactkit.serialization;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * What is wrong with a body that is not well-formed, in the API's words. The parsers' own messages name their
 * features, settings and character codes ({@code enable JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}), which tell a
 * client nothing it can act on and anyone which parser runs; so none of them is passed on as it is. A message that
 * matches no known form becomes a plain "not well-formed".
 */
final class SyntaxWords {

    private static final Pattern NON_NUMBER = Pattern.compile("^Non-standard token '([^']*)'");
    private static final Pattern UNRECOGNIZED = Pattern.compile("^Unrecognized token '([^']*)'");
    private static final Pattern CONTROL =
            Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.)' \\(code (\\d+)\\)\\)");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern XML_CODE = Pattern.compile(" ?\\(code \\d+\\)");

    private SyntaxWords() {
    }

    /** What is wrong with the JSON, without where: the caller adds the line and column. */
    static String json(JacksonException failure) {
        String message = failure.getOriginalMessage() == null ? "" : failure.getOriginalMessage();
        if (failure instanceof UnexpectedEndOfInputException || message.startsWith("Unexpected end-of-input")) {
            return "it ends before the JSON value is complete";
        }
        Matcher matcher = NON_NUMBER.matcher(message);
        if (matcher.find()) {
            return "'" + matcher.group(1) + "' is not a JSON number; a JSON number is finite";
        }
        if (message.contains("plus sign")) {
            return "a JSON number has no leading plus sign";
        }
        if (message.contains("Leading zeroes")) {
            return "a JSON number has no leading zeros";
        }
        if ((matcher = UNRECOGNIZED.matcher(message)).find()) {
            return "'" + matcher.group(1) + "' is not a JSON value: a value is a string in double quotes, a number,"
                    + " an object, an array, true, false or null";
        }
        if ((matcher = CONTROL.matcher(message)).find()) {
            return "the control character " + unicode(Integer.parseInt(matcher.group(1)))
                    + " must be escaped in a JSON string";
        }
        if (message.contains("comment")) {
            return "JSON has no comments";
        }
        if ((matcher = CLOSE_MARKER.matcher(message)).find()) {
            return "'" + matcher.group(1) + "' closes nothing that is open";
        }
        if ((matcher = UNEXPECTED.matcher(message)).find()) {
            return "unexpected " + shown(Integer.parseInt(matcher.group(2))) + where(message);
        }
        if (message.contains("escape")) {
            return "a backslash escape that is none of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
        }
        return "it is not well-formed";
    }

    /** The first line of the XML parser's message, without its character codes and the XML spec's terms. */
    static String xml(String message) {
        if (message == null) {
            return "it is not well-formed";
        }
        return XML_CODE.matcher(message.split("\n", 2)[0]).replaceAll("")
                .replace(" in prolog", " before the root element")
                .replace(" in epilog", " after the root element")
                .trim();
    }

    private static String where(String message) {
        if (message.contains("colon")) {
            return " where a ':' should follow the property name";
        }
        if (message.contains("property name")) {
            return " where a property name in double quotes should start";
        }
        if (message.contains("comma")) {
            return " where a ',' or the end of the object or array should be";
        }
        if (message.contains("hex-digit")) {
            return " in a \\u escape, which takes four hexadecimal digits";
        }
        if (message.contains("escape")) {
            return " after a backslash, which starts one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
        }
        if (message.contains("value")) {
            return " where a value should be; strings are in double quotes";
        }
        return "";
    }

    private static String shown(int code) {
        return code < 0x20 || code == 0x7F ? "the control character " + unicode(code) : "'" + (char) code + "'";
    }

    private static String unicode(int code) {
        return String.format("U+%04X", code);
    }
}
