package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.CapturedLog;
import io.contactkit.server.testing.RawHttp;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a client sends besides its body, against the standalone server: a content coding, a Host header, a user name
 * with a line break. None of it is trusted further than it should be, and no answer tells more than it should.
 */
class UntrustedHeadersTest {

    @Test
    void aBodyInAContentCodingIsRefusedSayingWhichCodingIsRead() {
        try (RunningServer server = RunningServer.start(RunningServer.h2("content-coding"))) {
            Reply refused = server.admin().call("POST", "/api/v1/Contact").header("Content-Encoding", "gzip")
                    .body("{\"Name\":\"Compressed AS\"}", "application/json").send();

            assertEquals(415, refused.status(), refused::toString);
            assertEquals("identity", refused.header("Accept-Encoding").orElseThrow());
            assertTrue(((String) refused.json().get("detail")).contains("gzip"), refused::toString);
        }
    }

    @Test
    void authenticatedAnswersAreKeptByNoCacheAndOnlyTheyTellHowLongTheWorkTook() {
        try (RunningServer server = RunningServer.start(RunningServer.h2("cache-control"))) {
            ApiClient admin = server.admin();
            Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Private AS\"}");
            String path = URI.create(created.header("Location").orElseThrow()).getPath();
            List<Reply> authenticated = List.of(created, admin.get(path), admin.get("/api/v1/Contact/999999"),
                    admin.call("GET", path).header("If-None-Match", created.header("ETag").orElseThrow()).send(),
                    admin.call("DELETE", path).send());
            List<Reply> unauthenticated = List.of(server.anonymous().get(path),
                    server.anonymous().asUser(RunningServer.ADMIN, "wrong").get(path),
                    server.anonymous().as("Bearer wrong-token").get(path),
                    server.anonymous().asUser("nobody", "wrong").call("POST", "/api/v1/Authentication/SignIn")
                            .send());

            for (Reply reply : authenticated) {
                assertEquals("private, no-store", reply.header("Cache-Control").orElse(""), reply::toString);
                assertTrue(reply.header("Server-Timing").orElse("").startsWith("app;dur="), reply::toString);
            }
            for (Reply reply : unauthenticated) {
                assertEquals(401, reply.status(), reply::toString);
                assertEquals(List.of(), reply.headerValues("Server-Timing"), reply::toString);
            }
        }
    }

    /** A user name with a line break in it, guessed until the limit logs it, must not start a line of its own. */
    @Test
    void aUserNameCannotForgeALineOfTheLog() {
        String forged = "2026-01-01T00:00:00.000Z [main] INFO io.contactkit.server.ContactKitServer - admin is root";
        String log;
        try (RunningServer server = RunningServer.start(RunningServer.h2("log-injection"), "--auth-failure-limit",
                "1");
             CapturedLog captured = CapturedLog.start()) {
            for (int i = 0; i < 3; i++) {
                server.anonymous().asUser("eve\r\n" + forged, "guess-" + i).get("/api/v1/Contact/default");
            }
            log = captured.text();
        }

        assertTrue(log.contains("eve\\u000D\\u000A2026-01-01"), log);
        assertFalse(log.lines().anyMatch(line -> line.startsWith(forged)), log);
    }

    @Test
    void withoutAPublicUrlLinksStartWithTheAddressTheServerWasReachedAtWhateverTheHostHeaderSays() {
        try (RunningServer server = RunningServer.start(RunningServer.h2("host-header"))) {
            URI base = server.anonymous().base();

            RawHttp.Reply created = createdWithHost(base, "evil.example");

            String expected = base + "/api/v1/contact/" + created.json().get("ContactId");
            assertEquals(expected, created.header("Location"));
            assertEquals(expected, ((Map<?, ?>) created.json().get("_Links")).get("Self"));
        }
    }

    @Test
    void aPublicUrlIsWhereEveryLinkStarts() {
        try (RunningServer server = RunningServer.start(RunningServer.h2("public-url"), "--public-url",
                "https://crm.example.com/")) {
            RawHttp.Reply created = createdWithHost(server.anonymous().base(), "evil.example");
            Reply got = server.admin().get("/api/v1/Contact/" + created.json().get("ContactId"));

            String expected = "https://crm.example.com/api/v1/contact/" + created.json().get("ContactId");
            assertEquals(expected, created.header("Location"));
            assertEquals(expected, ((Map<?, ?>) got.json().get("_Links")).get("Self"));
            assertEquals("https://crm.example.com/api/v1/contact", ((Map<?, ?>) got.json().get("_Links"))
                    .get("Archive"));
        }
    }

    private static RawHttp.Reply createdWithHost(URI base, String host) {
        String body = "{\"Name\":\"Hosted AS\"}";
        RawHttp.Reply created = RawHttp.send(base, "POST /api/v1/Contact HTTP/1.1\r\nHost: " + host
                + "\r\nAuthorization: " + ApiClient.basic(RunningServer.ADMIN, RunningServer.ADMIN_PASSWORD)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertEquals(200, created.status(), created::toString);
        return created;
    }
}
