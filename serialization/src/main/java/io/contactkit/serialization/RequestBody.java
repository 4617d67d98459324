package io.contactkit.serialization;

import io.contactkit.domain.failure.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A request body read within the size limit and decoded as strict UTF-8. The parsers get the decoded text, or bytes
 * that are all ASCII, so none of them can fall back to guessing another encoding (a UTF-16 body, a byte order mark,
 * an XML declaration naming Latin-1) and every format refuses bad bytes the same way.
 *
 * @param bytes the body as sent
 * @param start where the body starts in {@code bytes}: after a byte order mark, if any
 * @param text  the body from {@code start} on, decoded
 */
record RequestBody(byte[] bytes, int start, String text) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final int BYTE_ORDER_MARK_BYTES = 3;
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    /**
     * Reads and decodes a body.
     *
     * @throws BodyTooLargeException when it is larger than the limit
     * @throws InvalidInputException when it cannot be read whole, is not UTF-8, or is blank
     */
    static RequestBody read(InputStream body, Limits limits) {
        byte[] bytes = bytes(body, limits);
        String text = utf8(bytes);
        int start = 0;
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
            start = BYTE_ORDER_MARK_BYTES;
        }
        if (text.isBlank()) {
            throw InvalidInputException.of("", "the request body is empty");
        }
        return new RequestBody(bytes, start, text);
    }

    /** The body's length in bytes, from {@link #start()}. */
    int length() {
        return bytes.length - start;
    }

    /** Whether every byte of the body is ASCII, so that its bytes are its characters. */
    boolean isAscii() {
        // valid UTF-8 spends two bytes or more on each character beyond ASCII, and at most two chars
        return text.length() == length();
    }

    private static byte[] bytes(InputStream body, Limits limits) {
        // one byte more than the limit is asked for, so that the bounded body refuses a larger one; not closed: the
        // body is the caller's, who may still need to drain it
        int wanted = limits.maxBodyBytes() + 1;
        try {
            InputStream bounded = limits.bounded(body);
            // what the stream says it holds is read into an array of just that size, without a copy; the rest, if
            // any, as it comes
            byte[] announced = bounded.readNBytes(Math.min(Math.max(body.available(), 0), wanted));
            int next = announced.length < wanted ? bounded.read() : -1;
            if (next < 0) {
                return announced;
            }
            byte[] rest = bounded.readNBytes(wanted - announced.length - 1);
            byte[] bytes = Arrays.copyOf(announced, announced.length + 1 + rest.length);
            bytes[announced.length] = (byte) next;
            System.arraycopy(rest, 0, bytes, announced.length + 1, rest.length);
            return bytes;
        } catch (IOException e) {
            throw InvalidInputException.of("", "the request body could not be read completely");
        }
    }

    /**
     * The JDK's own decoding is many times faster than a strict decoder, and replaces every byte sequence that is
     * not UTF-8 with U+FFFD. So only a text that holds U+FFFD (which a valid body may hold as well) is decoded again,
     * strictly, to tell whether the body is valid and where it is not.
     */
    private static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf(REPLACEMENT_CHARACTER) < 0 ? text : strictUtf8(bytes);
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw InvalidInputException.of("", "the request body is not valid UTF-8 (at byte " + in.position() + ")");
        }
        return out.flip().toString();
    }
}
