package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Conditional requests (RFC 9110, section 13) against the standalone server: every contact answer carries a strong
 * ETag of the stored version, If-Match and If-None-Match guard GET, PUT, PATCH and DELETE, and If-Unmodified-Since,
 * which the SuperOffice clients send, never grants a write over a change the client cannot have seen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConditionalRequestsTest {

    private static final String ETAG = "\"\\d+\"";

    private RunningServer server;
    private ApiClient admin;

    @BeforeAll
    void startServer() {
        server = RunningServer.start(RunningServer.h2("conditional-requests"));
        admin = server.admin();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyAnswerWithAStoredContactCarriesTheStrongETagOfItsVersion() {
        Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Tagged AS\"}");
        String path = path(created);
        int id = (Integer) created.json().get("ContactId");
        Reply got = admin.get(path);
        Reply put = admin.call("PUT", path).body("{\"Name\":\"Tagged Group\"}", "application/json").send();
        Reply patched = admin.call("PATCH", path).body("{\"Department\":\"Sales\"}", "application/merge-patch+json")
                .send();
        Reply saved = admin.postJson("/api/v1/Agents/Contact/SaveContactEntity", "{\"ContactId\":" + id
                + ",\"Name\":\"Tagged Group\"}");
        Reply gotEntity = admin.call("POST", "/api/v1/Agents/Contact/GetContactEntity?contactEntityId=" + id).send();
        Reply enrichedAndSaved = admin.postJson("/api/v1/Agents/Contact/EnrichContactEntity?save=true",
                "{\"ContactEntity\":{\"ContactId\":" + id + ",\"Name\":\"Fjordlys Instrumenter AS\"},"
                        + "\"EnrichId\":\"no-914778271\"}");
        Reply enrichedOnly = admin.postJson("/api/v1/Agents/Contact/EnrichContactEntity",
                "{\"ContactEntity\":null,\"EnrichId\":\"no-914778271\"}");

        List<Reply> answers = List.of(created, got, put, patched, saved, gotEntity, enrichedAndSaved);
        for (Reply answer : answers) {
            assertEquals(200, answer.status(), answer::toString);
            assertTrue(answer.header("ETag").orElse("").matches(ETAG), answer::toString);
        }
        assertEquals(created.header("ETag"), got.header("ETag"));
        assertEquals(5, Set.copyOf(List.of(created.header("ETag"), put.header("ETag"), patched.header("ETag"),
                saved.header("ETag"), enrichedAndSaved.header("ETag"))).size());
        assertEquals(saved.header("ETag"), gotEntity.header("ETag"));
        assertEquals(enrichedAndSaved.header("ETag"), admin.get(path).header("ETag"));
        assertEquals(200, enrichedOnly.status(), enrichedOnly::toString);
        assertEquals(List.of(), enrichedOnly.headerValues("ETag"), "an unsaved contact has no version to tag");
    }

    @Test
    void ifMatchGuardsEveryWriteAndRead() {
        Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Guarded AS\"}");
        String path = path(created);
        String first = created.header("ETag").orElseThrow();
        Reply second = admin.call("PUT", path).header("If-Match", first)
                .body("{\"Name\":\"Second\"}", "application/json").send();
        String current = second.header("ETag").orElseThrow();

        List<Reply> stale = List.of(
                admin.call("PUT", path).header("If-Match", first).body("{\"Name\":\"Lost\"}", "application/json")
                        .send(),
                admin.call("PATCH", path).header("If-Match", first)
                        .body("{\"Name\":\"Lost\"}", "application/merge-patch+json").send(),
                admin.call("DELETE", path).header("If-Match", first).send(),
                admin.call("GET", path).header("If-Match", first).send(),
                admin.call("PUT", path).header("If-Match", "W/" + current)
                        .body("{\"Name\":\"Lost\"}", "application/json").send());

        assertEquals(200, second.status(), second::toString);
        for (Reply refused : stale) {
            assertEquals(412, refused.status(), refused::toString);
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        }
        assertEquals("Second", admin.get(path).json().get("Name"));
        assertEquals(200, admin.call("PATCH", path).header("If-Match", "\"999\", " + current)
                .body("{\"Department\":\"Kept\"}", "application/merge-patch+json").send().status());
        assertEquals(204, admin.call("DELETE", path).header("If-Match", "*").send().status());
        assertEquals(404, admin.get(path).status());
    }

    @Test
    void ifNoneMatchAnswersACurrentCopyNotModifiedAndRefusesAWriteOverIt() {
        Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Cached AS\"}");
        String path = path(created);
        String tag = created.header("ETag").orElseThrow();

        Reply notModified = admin.call("GET", path).header("If-None-Match", "W/" + tag).send();
        Reply modified = admin.call("GET", path).header("If-None-Match", "\"999\"").send();
        Reply overwrite = admin.call("PUT", path).header("If-None-Match", "*")
                .body("{\"Name\":\"Overwritten\"}", "application/json").send();

        assertEquals(304, notModified.status(), notModified::toString);
        assertEquals("", notModified.body());
        assertEquals(tag, notModified.header("ETag").orElseThrow());
        assertEquals(200, modified.status(), modified::toString);
        assertEquals(412, overwrite.status(), overwrite::toString);
        assertEquals("Cached AS", admin.get(path).json().get("Name"));
    }

    /**
     * The lost update of the probe: A reads a contact, B changes it within the same second, and A's PUT with the
     * Last-Modified it saw in If-Unmodified-Since must not overwrite B's acknowledged change. Repeated until both
     * writes fell in one second, which nearly always happens at once.
     */
    @Test
    void ifUnmodifiedSinceRefusesAWriteWhenTheContactChangedTwiceWithinItsSecond() {
        for (int attempt = 0; attempt < 20; attempt++) {
            Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Read by A\"}");
            String path = path(created);
            String seenByA = admin.get(path).header("Last-Modified").orElseThrow();
            Reply writtenByB = admin.call("PUT", path).body("{\"Name\":\"Written by B\"}", "application/json").send();
            if (!writtenByB.header("Last-Modified").orElseThrow().equals(seenByA)) {
                continue;
            }

            Reply writtenByA = admin.call("PUT", path).header("If-Unmodified-Since", seenByA)
                    .body("{\"Name\":\"Written by A\"}", "application/json").send();

            assertEquals(412, writtenByA.status(), writtenByA::toString);
            assertTrue(((String) writtenByA.json().get("detail")).contains("If-Match"), writtenByA::toString);
            assertEquals("Written by B", admin.get(path).json().get("Name"));
            Reply reread = admin.get(path);
            Reply guardedByTag = admin.call("PUT", path).header("If-Match", reread.header("ETag").orElseThrow())
                    .body("{\"Name\":\"Written by A\"}", "application/json").send();
            assertEquals(200, guardedByTag.status(), guardedByTag::toString);
            return;
        }
        throw new AssertionError("no two writes fell within one second in 20 attempts");
    }

    @Test
    void ifUnmodifiedSinceGrantsAWriteWhenTheContactChangedOnceInItsSecond() {
        Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Changed once\"}");
        String path = path(created);

        Reply granted = admin.call("PUT", path).header("If-Unmodified-Since", created.header("Last-Modified")
                .orElseThrow()).body("{\"Name\":\"Granted\"}", "application/json").send();

        assertEquals(200, granted.status(), granted::toString);
        assertNotEquals(created.header("ETag"), granted.header("ETag"));
        assertEquals("Granted", admin.get(path).json().get("Name"));
    }

    private static String path(Reply created) {
        assertEquals(200, created.status(), created::toString);
        return java.net.URI.create(created.header("Location").orElseThrow()).getPath();
    }
}
