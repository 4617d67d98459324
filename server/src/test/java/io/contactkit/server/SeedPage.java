package io.contactkit.server;

import io.contactkit.domain.testing.SeedSamples;
import java.util.ArrayList;
import java.util.List;

/**
 * A seed page's sample request line and headers, read from the page itself ({@code SeedSamples.page}), so the test
 * sends what the page shows. Its body comes from {@code SeedSamples} too.
 *
 * @param headers name and value pairs in the page's order
 */
record SeedPage(String method, String path, List<String[]> headers) {

    static SeedPage read(String uid) {
        List<String> lines = SeedSamples.page(uid).lines().toList();
        int at = lines.indexOf("## Sample request");
        while (!lines.get(at).startsWith("```http")) {
            at++;
        }
        String[] requestLine = lines.get(++at).trim().split(" ");
        List<String[]> headers = new ArrayList<>();
        for (at++; !lines.get(at).isBlank(); at++) {
            String line = lines.get(at);
            int colon = line.indexOf(':');
            headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
        }
        return new SeedPage(requestLine[0], requestLine[1], List.copyOf(headers));
    }
}
