package io.contactkit.serialization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Content-Type checks and Accept negotiation (RFC 9110, sections 8.3 and 12.5.1). */
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
        Optional<MediaRange> parsed = MediaRange.parse(contentType);
        String essence = parsed.map(MediaRange::essence).orElse("");
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

    /**
     * The offered type the Accept header prefers: highest quality first, then the more specific range, then the
     * range the client listed first, then the order of {@code offers}. A missing or blank header accepts anything.
     *
     * @param offers media type to what is written for it, in the server's order of preference
     */
    static <T> Optional<T> negotiate(String accept, Map<String, T> offers) {
        List<MediaRange> ranges = accept == null || accept.isBlank() ? List.of(MediaRange.ANY) : ranges(accept);
        T best = null;
        Match bestMatch = null;
        for (Map.Entry<String, T> offer : offers.entrySet()) {
            Match match = bestMatch(offer.getKey(), ranges);
            if (match != null && match.quality() > 0 && (bestMatch == null || match.beats(bestMatch))) {
                best = offer.getValue();
                bestMatch = match;
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<MediaRange> ranges(String accept) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            MediaRange.parse(part).ifPresent(ranges::add);
        }
        return ranges;
    }

    /** The most specific range that matches the type decides its quality (RFC 9110, 12.5.1). */
    private static Match bestMatch(String mediaType, List<MediaRange> ranges) {
        Match best = null;
        for (int i = 0; i < ranges.size(); i++) {
            MediaRange range = ranges.get(i);
            int specificity = range.specificityFor(mediaType);
            if (specificity >= 0 && (best == null || specificity > best.specificity())) {
                best = new Match(range.quality(), specificity, i);
            }
        }
        return best;
    }

    private static String shortened(String value) {
        return value.length() <= 100 ? value : value.substring(0, 100) + "...";
    }

    private record Match(double quality, int specificity, int position) {

        boolean beats(Match other) {
            if (quality != other.quality) {
                return quality > other.quality;
            }
            if (specificity != other.specificity) {
                return specificity > other.specificity;
            }
            return position < other.position;
        }
    }

    private record MediaRange(String type, String subtype, Map<String, String> parameters, double quality) {

        static final MediaRange ANY = new MediaRange("*", "*", Map.of(), 1.0);

        static Optional<MediaRange> parse(String text) {
            // -1 keeps the empty parts: a header of nothing but ';' still has a (blank, so refused) first part
            String[] parts = text.split(";", -1);
            String[] typeAndSubtype = parts[0].trim().toLowerCase(Locale.ROOT).split("/", -1);
            if (typeAndSubtype.length != 2 || typeAndSubtype[0].isEmpty() || typeAndSubtype[1].isEmpty()) {
                return Optional.empty();
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            double quality = 1.0;
            for (int i = 1; i < parts.length; i++) {
                int equals = parts[i].indexOf('=');
                if (equals < 0) {
                    continue;
                }
                String name = parts[i].substring(0, equals).trim().toLowerCase(Locale.ROOT);
                String value = unquoted(parts[i].substring(equals + 1).trim());
                if (name.equals("q")) {
                    quality = quality(value);
                } else {
                    parameters.put(name, value);
                }
            }
            return Double.isNaN(quality) ? Optional.empty()
                    : Optional.of(new MediaRange(typeAndSubtype[0], typeAndSubtype[1], parameters, quality));
        }

        String essence() {
            return type + "/" + subtype;
        }

        /** 2 for an exact match, 1 for {@code type/*}, 0 for {@code * / *}, -1 for no match. */
        int specificityFor(String mediaType) {
            int slash = mediaType.indexOf('/');
            if (type.equals("*")) {
                return subtype.equals("*") ? 0 : -1;
            }
            if (!type.equals(mediaType.substring(0, slash))) {
                return -1;
            }
            if (subtype.equals("*")) {
                return 1;
            }
            return subtype.equals(mediaType.substring(slash + 1)) ? 2 : -1;
        }

        private static String unquoted(String value) {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1) : value;
        }

        /** A malformed weight makes the range unusable (NaN), rather than silently preferred. */
        private static double quality(String value) {
            try {
                double q = Double.parseDouble(value);
                return q >= 0 && q <= 1 ? q : Double.NaN;
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }
}
