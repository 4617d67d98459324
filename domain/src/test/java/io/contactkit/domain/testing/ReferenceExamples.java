package io.contactkit.domain.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The example requests of the committed SuperOffice search pages ({@code reference/}, see its SOURCE.md) that query
 * the contact archive: every {@code GET /api/v1/Contact?...} line, with its query options ({@code odata-search.md}
 * is left out: its one example names placeholder columns, {@code field1,field2}).
 */
public final class ReferenceExamples {

    /** The pages with contact examples. */
    public static final List<String> PAGES = List.of("v1ContactEntity_GetAll.md", "docs-en-api-search-odata-strings.md",
            "docs-en-api-search-odata-numbers.md", "docs-en-api-search-odata-associate.md",
            "docs-en-api-search-odata-boolean.md", "docs-en-api-search-odata-lists.md",
            "docs-en-api-search-odata-using-filters.md");

    private static final Pattern CONTACT_QUERY = Pattern.compile("(?im)^\\s*(?:GET\\s+)?/api/v1/contact\\?(.+?)"
            + "(?:\\s+HTTP/1\\.1)?\\s*$");

    private ReferenceExamples() {
    }

    /**
     * One example: the page it is on, the query as written and its options by name (as written, e.g.
     * {@code $orderBy}), URL-decoded.
     */
    public record Example(String page, String query, Map<String, String> options) {

        /** An option by name, case-insensitively; null when the example does not give it. */
        public String option(String name) {
            return options.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
    }

    public static List<Example> all() {
        List<Example> examples = new ArrayList<>();
        for (String page : PAGES) {
            Matcher matcher = CONTACT_QUERY.matcher(TestResources.text("reference/" + page));
            while (matcher.find()) {
                examples.add(new Example(page, matcher.group(1), options(matcher.group(1))));
            }
        }
        return examples;
    }

    private static Map<String, String> options(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            options.put(name, URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return options;
    }

    /** The query as it goes into a URL: spaces and quotes encoded, the rest as written. */
    public static String encoded(Example example) {
        StringBuilder query = new StringBuilder();
        example.options().forEach((name, value) -> {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(name).append('=').append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        });
        return query.toString().toLowerCase(Locale.ROOT).isEmpty() ? "" : query.toString();
    }
}
