package io.contactkit.http;

/**
 * Text from a request (a path, a method, a user name, an address from a header) as it may appear in a log line or
 * an answer: every control character, line breaks above all, is written as a {@code \}{@code uXXXX} escape, so that
 * no request can forge a line of the log or split one; and very long text is cut, so that none can flood it.
 */
public final class LoggedText {

    private static final int MAX_LENGTH = 200;

    private LoggedText() {
    }

    /** The text with control characters escaped and cut after 200 characters; "null" for null. */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        int length = Math.min(text.length(), MAX_LENGTH);
        StringBuilder out = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085';
            if (control && out == null) {
                out = new StringBuilder(length + 16).append(text, 0, i);
            }
            if (control) {
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        String escaped = out == null ? text.substring(0, length) : out.toString();
        return text.length() > MAX_LENGTH ? escaped + "..." : escaped;
    }
}
