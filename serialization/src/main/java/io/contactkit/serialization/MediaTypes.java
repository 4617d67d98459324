package io.contactkit.serialization;

import java.util.List;
import java.util.Optional;

/** Which request bodies a reader takes, by their Content-Type (RFC 9110, section 8.3). */
final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * The media type of a request body, without parameters and in lower case, if it is one of {@code readable} and
     * its charset (if given) is UTF-8.
     *
     * @throws UnsupportedMediaTypeException otherwise
     */
    static String requireReadable(String contentType, List<String> readable) {
        if (contentType == null || contentType.isBlank()) {
            throw new UnsupportedMediaTypeException("a request body needs a Content-Type; send one of "
                    + readable, readable);
        }
        Optional<MediaType> parsed = MediaType.parse(contentType);
        String essence = parsed.map(MediaType::essence).orElse("");
        if (!readable.contains(essence)) {
            throw new UnsupportedMediaTypeException("Content-Type '" + shortened(contentType)
                    + "' is not read here; send one of " + readable, readable);
        }
        String charset = parsed.get().parameters().get("charset");
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new UnsupportedMediaTypeException("charset '" + shortened(charset)
                    + "' is not supported; send the body in UTF-8", readable);
        }
        return essence;
    }

    private static String shortened(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }
}
