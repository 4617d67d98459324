package io.contactkit.domain.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample bodies the tests use are the ones their committed seed page shows, so the two copies cannot drift. */
class SeedSamplesTest {

    static List<String> pages() {
        return SeedSamples.ALL_PAGES;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void sampleRequestBodyIsTheBodyShownOnItsPage(String page) {
        assertEquals(TestJson.parse(SeedSamples.request(page)), TestJson.parse(sampleBody(page, "## Sample request")));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void sampleResponseBodyIsTheBodyShownOnItsPage(String page) {
        assertEquals(TestJson.parse(SeedSamples.response(page)),
                TestJson.parse(sampleBody(page, "## Sample response")));
    }

    /** The body of the page's HTTP block under the heading: what follows the first blank line, up to the fence. */
    private static String sampleBody(String page, String heading) {
        List<String> lines = SeedSamples.page(page).lines().toList();
        int at = lines.indexOf(heading);
        while (!lines.get(at).startsWith("```")) {
            at++;
        }
        while (!lines.get(at).isBlank()) {
            at++;
        }
        int end = at;
        while (!lines.get(end).equals("```")) {
            end++;
        }
        return String.join("\n", lines.subList(at, end));
    }
}
