package io.contactkit.patch;


/**
 * A JSON Pointer (RFC 6901) as a client sent it: its reference tokens, unescaped, and where each ends in the text,
 * so that errors can quote a prefix exactly as sent. A pointer without its leading slash is kept as such; whether
 * that is allowed is up to the schema it is applied under.
 */
final class Pointer {

    private static final Pointer ROOT = new Pointer("", new String[0], new int[0], false);

    private final String text;
    private final String[] tokens;
    private final int[] ends;
    private final boolean slashless;

    private Pointer(String text, String[] tokens, int[] ends, boolean slashless) {
        this.text = text;
        this.tokens = tokens;
        this.ends = ends;
        this.slashless = slashless;
    }

    /**
     * Parses a pointer.
     *
     * @throws IllegalArgumentException saying why the text is no pointer (a {@code ~} not followed by 0 or 1)
     */
    static Pointer parse(String text) {
        if (text.isEmpty()) {
            return ROOT;
        }
        boolean slashless = text.charAt(0) != '/';
        int start = slashless ? 0 : 1;
        int count = 1;
        for (int at = text.indexOf('/', start); at >= 0; at = text.indexOf('/', at + 1)) {
            count++;
        }
        String[] tokens = new String[count];
        int[] ends = new int[count];
        for (int i = 0; i < count; i++) {
            int end = text.indexOf('/', start);
            ends[i] = end < 0 ? text.length() : end;
            tokens[i] = unescape(text, start, ends[i]);
            start = ends[i] + 1;
        }
        return new Pointer(text, tokens, ends, slashless);
    }

    /** The reference token for a member name: {@code ~} and {@code /} escaped. */
    static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String text, int start, int end) {
        int tilde = text.indexOf('~', start);
        if (tilde < 0 || tilde >= end) {
            return text.substring(start, end);
        }
        StringBuilder token = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != '~') {
                token.append(c);
                continue;
            }
            char next = i + 1 < end ? text.charAt(i + 1) : 0;
            if (next != '0' && next != '1') {
                throw new IllegalArgumentException("'~' at position " + i + " must be followed by 0 (for ~) or 1 "
                        + "(for /)");
            }
            token.append(next == '0' ? '~' : '/');
            i++;
        }
        return token.toString();
    }

    boolean isRoot() {
        return tokens.length == 0;
    }

    boolean slashless() {
        return slashless;
    }

    int size() {
        return tokens.length;
    }

    String token(int index) {
        return tokens[index];
    }

    /** The first {@code count} tokens, as sent. */
    String prefix(int count) {
        return count == 0 ? "" : text.substring(0, ends[count - 1]);
    }

    @Override
    public String toString() {
        return text;
    }
}
