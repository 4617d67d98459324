package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.testing.TestResources;
import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Contact calls the official client makes beyond the seed pages, each sent as its reference page's sample request
 * shows it ({@code reference/} in the test resources, see SOURCE.md there), Basic credentials replaced by a configured
 * user; where the sample leaves out a required query parameter, with the one its query-string section shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferencePagesTest {

    private RunningServer server;
    private ApiClient admin;

    @BeforeAll
    void startServer() {
        server = RunningServer.start(RunningServer.h2("reference-pages"));
        admin = server.admin();
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void createDefaultContactEntityAnswersANewContactWithoutLinks() {
        Reply fresh = send(Sample.read("v1ContactAgent_CreateDefaultContactEntity"), "");

        assertEquals(200, fresh.status(), fresh::toString);
        Map<String, Object> contact = fresh.json();
        assertEquals(0, contact.get("ContactId"));
        assertEquals("", contact.get("Name"));
        assertEquals(Map.of("Mask", "FULL", "Reason", ""), contact.get("TableRight"));
        assertTrue(!contact.containsKey("_Links"), "an agent answers the entity alone");
    }

    @Test
    void getContactEntityNeedsItsIdAndAnswersTheContact() {
        int id = created("Got AS");

        Reply withoutId = send(Sample.read("v1ContactAgent_GetContactEntity"), "");
        Reply got = send(Sample.read("v1ContactAgent_GetContactEntity"), "?contactEntityId=" + id);

        assertEquals(400, withoutId.status(), withoutId::toString);
        assertEquals(List.of("contactEntityId"), ContactApiContract.errorPaths(withoutId));
        assertEquals(200, got.status(), got::toString);
        assertEquals("Got AS", got.json().get("Name"));
    }

    @Test
    void deleteContactEntityNeedsItsIdAndDeletesTheContact() {
        int id = created("Deleted AS");

        Reply withoutId = send(Sample.read("v1ContactAgent_DeleteContactEntity"), "");
        Reply deleted = send(Sample.read("v1ContactAgent_DeleteContactEntity"), "?ContactEntityId=" + id);

        assertEquals(400, withoutId.status(), withoutId::toString);
        assertEquals(List.of("ContactEntityId"), ContactApiContract.errorPaths(withoutId));
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals(404, admin.get("/api/v1/Contact/" + id).status());
    }

    @Test
    void validateContactEntityOfNoContactNamesTheMandatoryName() {
        Reply messages = send(Sample.read("v1ContactAgent_ValidateContactEntity"), "");

        assertEquals(200, messages.status(), messages::toString);
        assertEquals(List.of("Name"), List.copyOf(messages.json().keySet()));
    }

    @Test
    void contactValidateNamesEachPlaceholderTheRulesRefuseAndStoresNothing() {
        Sample sample = Sample.read("v1ContactEntity_ValidateContactEntity");

        Reply messages = send(sample, "");

        assertEquals(200, messages.status(), messages::toString);
        assertTrue(messages.json().containsKey("Emails[0].Value"), messages::toString);
        assertTrue(messages.json().values().stream().allMatch(String.class::isInstance), messages::toString);
        assertEquals(404, admin.get("/api/v1/Contact/409").status(), "validating stored the sample");
    }

    @Test
    void validateOfAContactThatCouldBeSavedAnswersNoMessages() {
        Reply valid = admin.postJson("/api/v1/Agents/Contact/ValidateContactEntity",
                "{\"contactEntity\": {\"name\": \"Valid AS\", \"emails\": [{\"value\": \"post@valid.example\"}]}}");

        assertEquals(200, valid.status(), valid::toString);
        assertEquals(Map.of(), valid.json());
    }

    private int created(String name) {
        Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"" + name + "\"}");
        assertEquals(200, created.status(), created::toString);
        return (Integer) created.json().get("ContactId");
    }

    private Reply send(Sample sample, String query) {
        ApiClient.Call call = admin.call(sample.method(), sample.path() + query);
        for (String[] header : sample.headers()) {
            if (!header[0].equalsIgnoreCase("Authorization")) {
                call.header(header[0], header[1]);
            }
        }
        return call.body(sample.body(), null).send();
    }

    /** A reference page's sample request: its request line, headers in the page's order, and body. */
    private record Sample(String method, String path, List<String[]> headers, String body) {

        static Sample read(String uid) {
            List<String> lines = TestResources.text("reference/" + uid + ".md").lines().toList();
            int at = lines.indexOf("## Sample request");
            while (!lines.get(at).startsWith("```http")) {
                at++;
            }
            String[] requestLine = lines.get(++at).trim().split(" ");
            List<String[]> headers = new ArrayList<>();
            for (at++; !lines.get(at).isBlank() && !lines.get(at).startsWith("```"); at++) {
                String line = lines.get(at);
                int colon = line.indexOf(':');
                headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
            }
            StringBuilder body = new StringBuilder();
            for (; !lines.get(at).startsWith("```"); at++) {
                body.append(lines.get(at)).append('\n');
            }
            return new Sample(requestLine[0], requestLine[1], List.copyOf(headers), body.toString().strip());
        }
    }
}
