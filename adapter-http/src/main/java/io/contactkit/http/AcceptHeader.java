package io.contactkit.http;

import io.contactkit.serialization.MediaType;
import io.contactkit.serialization.ResponseType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Accept negotiation (RFC 9110, section 12.5.1): which of the types the API writes a client gets. */
final class AcceptHeader {

    private static final MediaRange ANY = new MediaRange(new MediaType("*", "*", Map.of()), 1.0);

    /** Media type to the response type written for it, in the order the server prefers them. */
    private static final Map<String, ResponseType> RESPONSE_OFFERS = responseOffers();
    private static final Map<String, ResponseType> PROBLEM_OFFERS = problemOffers();

    private AcceptHeader() {
    }

    /**
     * The response type for a contact that the Accept header asks for; empty when it accepts none of
     * {@code application/json}, {@code text/json}, {@code application/xml}, {@code text/xml} (answer 406).
     * {@code application/json-patch+json} and {@code application/merge-patch+json} answer JSON; a missing header
     * or {@code *}{@code /*} answers {@code application/json}.
     */
    static Optional<ResponseType> response(String accept) {
        return negotiate(accept, RESPONSE_OFFERS);
    }

    /**
     * The problem details type for the Accept header: {@code application/problem+xml} when the client prefers XML,
     * else {@code application/problem+json}, which is also the answer when it accepts neither.
     */
    static ResponseType problem(String accept) {
        return negotiate(accept, PROBLEM_OFFERS).orElse(ResponseType.PROBLEM_JSON);
    }

    /**
     * The offered type the Accept header prefers: highest quality first, then the more specific range, then the
     * range the client listed first, then the order of {@code offers}. A missing or blank header accepts anything.
     *
     * @param offers media type to what is written for it, in the server's order of preference
     */
    private static <T> Optional<T> negotiate(String accept, Map<String, T> offers) {
        List<MediaRange> ranges = accept == null || accept.isBlank() ? List.of(ANY) : ranges(accept);
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
            MediaType.parse(part).flatMap(MediaRange::of).ifPresent(ranges::add);
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

    private static Map<String, ResponseType> responseOffers() {
        Map<String, ResponseType> offers = new LinkedHashMap<>();
        offers.put("application/json", ResponseType.APPLICATION_JSON);
        offers.put("text/json", ResponseType.TEXT_JSON);
        offers.put("application/xml", ResponseType.APPLICATION_XML);
        offers.put("text/xml", ResponseType.TEXT_XML);
        // the seed pages list the patch types as Accept values; the answer is a contact, so JSON
        offers.put("application/json-patch+json", ResponseType.APPLICATION_JSON);
        offers.put("application/merge-patch+json", ResponseType.APPLICATION_JSON);
        return Collections.unmodifiableMap(offers);
    }

    /** The problem types first; a client that asks for XML (or JSON) gets its problems in the same. */
    private static Map<String, ResponseType> problemOffers() {
        Map<String, ResponseType> offers = new LinkedHashMap<>();
        offers.put("application/problem+json", ResponseType.PROBLEM_JSON);
        offers.put("application/problem+xml", ResponseType.PROBLEM_XML);
        responseOffers().forEach((mediaType, type) ->
                offers.put(mediaType, type.isXml() ? ResponseType.PROBLEM_XML : ResponseType.PROBLEM_JSON));
        return Collections.unmodifiableMap(offers);
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

    /** A range of an Accept header and its weight. */
    private record MediaRange(MediaType type, double quality) {

        /** Empty when the weight is malformed: that makes the range unusable, rather than silently preferred. */
        static Optional<MediaRange> of(MediaType type) {
            String q = type.parameters().get("q");
            double quality = q == null ? 1.0 : quality(q);
            return Double.isNaN(quality) ? Optional.empty() : Optional.of(new MediaRange(type, quality));
        }

        /** 2 for an exact match, 1 for {@code type/*}, 0 for {@code * / *}, -1 for no match. */
        int specificityFor(String mediaType) {
            int slash = mediaType.indexOf('/');
            if (type.type().equals("*")) {
                return type.subtype().equals("*") ? 0 : -1;
            }
            if (!type.type().equals(mediaType.substring(0, slash))) {
                return -1;
            }
            if (type.subtype().equals("*")) {
                return 1;
            }
            return type.subtype().equals(mediaType.substring(slash + 1)) ? 2 : -1;
        }

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
