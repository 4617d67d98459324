package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.server.testing.RawHttp;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Request methods are case-sensitive (RFC 9110, section 9.1), so a rule in front of the server that stops
 * {@code DELETE} cannot be passed by {@code delete}; HEAD answers as GET does, without the body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MethodsTest {

    private RunningServer server;
    private ApiClient admin;
    private URI base;

    @BeforeAll
    void startServer() {
        server = RunningServer.start(RunningServer.h2("methods"));
        admin = server.admin();
        base = admin.base();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void methodNamesInAnotherCaseAreNotImplementedAndChangeNothing() {
        String path = URI.create(created("Case Sensitive AS")).getPath();
        String before = admin.get(path).body();

        for (String method : List.of("delete", "Delete", "put", "patch", "get", "post")) {
            RawHttp.Reply refused = raw(method, path, "{\"Name\":\"Changed\"}");

            assertEquals(501, refused.status(), method + ": " + refused);
            assertEquals(501, refused.json().get("status"), refused::toString);
        }
        RawHttp.Reply unknown = raw("BREW", path, null);

        assertEquals(501, unknown.status(), unknown::toString);
        assertEquals(before, admin.get(path).body());
    }

    @Test
    void aKnownMethodThePathDoesNotTakeIsNotAllowedAndAllowListsHead() {
        Reply refused = admin.call("POST", "/api/v1/Contact/1").send();

        assertEquals(405, refused.status(), refused::toString);
        assertEquals("GET, HEAD, PUT, PATCH, DELETE", refused.header("Allow").orElseThrow());
        assertEquals("GET, HEAD", admin.call("PUT", "/api/v1/Contact/default").send().header("Allow").orElseThrow());
    }

    @Test
    void headOfEveryGetResourceAnswersItsHeadersWithoutTheBody() {
        String contact = created("Headed AS");

        for (String path : List.of(contact, "/api/v1/Contact/default", "/api/v1/Contact/999999",
                "/api/v1/Contact/abc", "/api/v1/Contact?$select=name&$top=5")) {
            Reply got = admin.get(path);
            Reply head = admin.call("HEAD", path).send();

            assertEquals(got.status(), head.status(), path + ": " + head);
            assertEquals("", head.body(), path);
            assertEquals(got.contentType(), head.contentType(), path);
            assertEquals(String.valueOf(got.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                    head.header("Content-Length").orElseThrow(), path);
            assertEquals(got.header("Last-Modified"), head.header("Last-Modified"), path);
            assertEquals(got.header("ETag"), head.header("ETag"), path);
        }
        Reply anonymous = server.anonymous().call("HEAD", contact).send();

        assertEquals(401, anonymous.status(), anonymous::toString);
        assertEquals("", anonymous.body());
        assertTrue(anonymous.header("WWW-Authenticate").isPresent(), anonymous::toString);
    }

    private String created(String name) {
        Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"" + name + "\"}");
        assertEquals(200, created.status(), created::toString);
        return created.header("Location").orElseThrow();
    }

    private RawHttp.Reply raw(String method, String path, String json) {
        String body = json == null ? "" : json;
        return RawHttp.send(base, method + " " + path + " HTTP/1.1\r\nHost: " + base.getAuthority()
                + "\r\nAuthorization: " + ApiClient.basic(RunningServer.ADMIN, RunningServer.ADMIN_PASSWORD)
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
    }
}
