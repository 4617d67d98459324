package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.ContactService;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.rights.Role;
import io.contactkit.domain.testing.InMemoryIdentityRepository;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.SampleLists;
import io.contactkit.http.ContactApiServlet;
import io.contactkit.http.authentication.BuiltInAuthenticator;
import io.contactkit.http.authentication.SignIn;
import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ServletServer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The built-in authentication over real HTTP: Basic, Bearer, SoTicket, and the cookie session with its XSRF token. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsTest {

    private static final String CONTACT = "{\"Name\":\"Signed\"}";

    private ServletServer server;
    private ApiClient anonymous;

    @BeforeAll
    void start() {
        InMemoryIdentityRepository identities = new InMemoryIdentityRepository();
        IdentityAdministration administration = new IdentityAdministration(identities, 1_000);
        administration.addUser("ada", Role.ADMIN, 1, "correct horse");
        administration.addUser("rita", Role.READONLY, 2, "battery staple");
        administration.addToken("admin-api", "admin-api-token-1", Role.ADMIN, 1);
        administration.addToken("reader-api", "reader-api-token-2", Role.READONLY, 2);
        Accounts accounts = Accounts.builder(identities).passwordIterations(1_000).build();
        ContactService contacts = new ContactService(new InMemoryContactRepository(), new SampleLists(),
                CustomFieldCatalog.open(), Clock.systemUTC());
        server = ServletServer.start("/", ContactApiServlet.builder(contacts).accounts(accounts).build());
        anonymous = server.client();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void basicCredentialsOfAConfiguredUserAreAdmitted() {
        Reply reply = anonymous.asUser("ada", "correct horse").postJson("/api/v1/Contact", CONTACT);

        assertEquals(200, reply.status(), reply::toString);
        assertEquals(1, ((Map<?, ?>) reply.json().get("CreatedBy")).get("AssociateId"));
    }

    @Test
    void wrongPasswordUnknownUserAndMalformedHeadersAreRefusedAlikeWithAChallenge() {
        List<Reply> refused = List.of(
                anonymous.asUser("ada", "wrong horse").get("/api/v1/Contact/default"),
                anonymous.asUser("mallory", "correct horse").get("/api/v1/Contact/default"),
                anonymous.as("Basic not-base64!").get("/api/v1/Contact/default"),
                anonymous.as("Digest username=\"ada\"").get("/api/v1/Contact/default"),
                anonymous.as("Bearer unknown-token").get("/api/v1/Contact/default"),
                anonymous.as("SoTicket 7T:unknown").get("/api/v1/Contact/default"),
                anonymous.get("/api/v1/Contact/default"));

        for (Reply reply : refused) {
            assertEquals(401, reply.status(), reply::toString);
            assertEquals(refused.get(0).body(), reply.body());
            assertEquals(List.of("Basic realm=\"ContactKit\", charset=\"UTF-8\"", "Bearer realm=\"ContactKit\"",
                    "SoTicket realm=\"ContactKit\""), reply.headerValues("WWW-Authenticate"));
        }
    }

    @Test
    void bearerTokensAreAdmittedWithTheirRole() {
        ApiClient admin = anonymous.as("Bearer admin-api-token-1");
        ApiClient reader = anonymous.as("Bearer reader-api-token-2");

        Reply created = admin.postJson("/api/v1/Contact", CONTACT);
        Reply read = reader.get("/api/v1/Contact/" + created.json().get("ContactId"));
        Reply write = reader.postJson("/api/v1/Contact", CONTACT);

        assertEquals(200, created.status(), created::toString);
        assertEquals(200, read.status(), read::toString);
        assertEquals(403, write.status(), write::toString);
        assertTrue(write.contentType().startsWith("application/problem+json"));
    }

    @Test
    void readOnlyUserCanReadButNotWrite() {
        ApiClient reader = anonymous.asUser("rita", "battery staple");

        assertEquals(200, reader.get("/api/v1/Contact/default").status());
        assertEquals(403, reader.postJson("/api/v1/Contact", CONTACT).status());
    }

    @Test
    void signInIssuesATicketForTheSoTicketSchemeUntilSignOut() {
        Reply signedIn = anonymous.asUser("ada", "correct horse").call("POST", "/api/v1/Authentication/SignIn")
                .send();
        String ticket = (String) signedIn.json().get("Ticket");
        ApiClient withTicket = anonymous.as("SoTicket " + ticket);

        Reply created = withTicket.postJson("/api/v1/Contact", CONTACT);
        Reply signedOut = withTicket.call("POST", "/api/v1/Authentication/SignOut").send();
        Reply afterwards = withTicket.get("/api/v1/Contact/default");

        assertEquals(200, signedIn.status(), signedIn::toString);
        assertEquals("no-store", signedIn.header("Cache-Control").orElseThrow());
        assertEquals(200, created.status(), created::toString);
        assertEquals(204, signedOut.status(), signedOut::toString);
        assertEquals(401, afterwards.status(), afterwards::toString);
    }

    @Test
    void signInWithAFormBodyWorksAndWithAWrongPasswordIsUnauthorized() {
        Reply form = anonymous.call("POST", "/api/v1/Authentication/SignIn")
                .body("UserName=rita&Password=battery+staple", "application/x-www-form-urlencoded").send();
        Reply wrong = anonymous.call("POST", "/api/v1/Authentication/SignIn")
                .body("UserName=rita&Password=guess", "application/x-www-form-urlencoded").send();

        assertEquals(200, form.status(), form::toString);
        assertEquals(401, wrong.status(), wrong::toString);
    }

    @Test
    void cookieSessionReadsFreelyButChangesOnlyWithItsXsrfToken() {
        Reply signedIn = anonymous.asUser("ada", "correct horse").call("POST", "/api/v1/Authentication/SignIn")
                .send();
        String ticket = (String) signedIn.json().get("Ticket");
        String xsrf = (String) signedIn.json().get("XsrfToken");
        List<String> cookies = signedIn.headerValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith(BuiltInAuthenticator.SESSION_COOKIE + "=" + ticket)
                && c.contains("HttpOnly") && c.contains("SameSite=Strict")), cookies::toString);
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith(BuiltInAuthenticator.XSRF_COOKIE + "=" + xsrf)
                && !c.contains("HttpOnly")), cookies::toString);
        String cookieHeader = BuiltInAuthenticator.SESSION_COOKIE + "=" + ticket + "; "
                + BuiltInAuthenticator.XSRF_COOKIE + "=" + xsrf;

        Reply read = anonymous.call("GET", "/api/v1/Contact/default").header("Cookie", cookieHeader).send();
        Reply withoutToken = anonymous.call("POST", "/api/v1/Contact").header("Cookie", cookieHeader)
                .body(CONTACT, "application/json").send();
        Reply wrongToken = anonymous.call("POST", "/api/v1/Contact").header("Cookie", cookieHeader)
                .header(BuiltInAuthenticator.XSRF_HEADER, "forged").body(CONTACT, "application/json").send();
        Reply forgedCookie = anonymous.call("POST", "/api/v1/Contact")
                .header("Cookie", BuiltInAuthenticator.SESSION_COOKIE + "=" + ticket + "; "
                        + BuiltInAuthenticator.XSRF_COOKIE + "=forged")
                .header(BuiltInAuthenticator.XSRF_HEADER, "forged").body(CONTACT, "application/json").send();
        Reply withToken = anonymous.call("POST", "/api/v1/Contact").header("Cookie", cookieHeader)
                .header(BuiltInAuthenticator.XSRF_HEADER, xsrf).body(CONTACT, "application/json").send();

        assertEquals(200, read.status(), read::toString);
        assertEquals(403, withoutToken.status(), withoutToken::toString);
        assertEquals(403, wrongToken.status(), wrongToken::toString);
        assertEquals(403, forgedCookie.status(), forgedCookie::toString);
        assertEquals(200, withToken.status(), withToken::toString);
    }

    @Test
    void eachSignInIsASessionOfItsOwn() {
        ApiClient ada = anonymous.asUser("ada", "correct horse");

        Object first = ada.call("POST", "/api/v1/Authentication/SignIn").send().json().get("Ticket");
        Object second = ada.call("POST", "/api/v1/Authentication/SignIn").send().json().get("Ticket");

        assertNotEquals(first, second);
        assertEquals(200, anonymous.as("SoTicket " + first).get("/api/v1/Contact/default").status());
    }
}
