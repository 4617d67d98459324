package io.contactkit.serialization;

/**
 * The characters XML 1.0 can carry. Bodies in any format are held to them, so that every contact this module reads
 * can also be written as XML (and stored: most databases refuse NUL as well).
 */
final class XmlCharacters {

    private XmlCharacters() {
    }

    /**
     * The index of the first character XML 1.0 cannot carry (control characters other than tab, line feed and
     * carriage return; U+FFFE and U+FFFF; a surrogate without its pair), or -1 when there is none.
     */
    static int firstUnrepresentable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < Character.MIN_SURROGATE) {
                // nearly every character: allowed, and no surrogate to pair
                continue;
            }
            if (isPair(text, i)) {
                i++;
            } else if (!isAllowed(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The text with each character XML 1.0 cannot carry replaced by U+FFFD. Stored data may have come another way
     * than through this module: replacing beats failing a response halfway through.
     */
    static String replaceUnrepresentable(String text) {
        if (firstUnrepresentable(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isPair(text, i)) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(isAllowed(c) ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    /** A short description of the refused character for an error message. */
    static String describe(String text, int index) {
        return String.format("holds the character U+%04X at index %d, which is not allowed in text",
                (int) text.charAt(index), index);
    }

    private static boolean isPair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static boolean isAllowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != 0xFFFE && c != 0xFFFF;
    }
}
