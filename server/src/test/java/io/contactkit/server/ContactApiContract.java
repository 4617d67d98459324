package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint of the HTTP issue's table, every status code, content type and header, against the standalone
 * server on a real database over real HTTP. Subclasses name the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContactApiContract {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private RunningServer server;
    private ApiClient admin;
    private ApiClient reader;

    /** The {@code --db} arguments of the database under test, started if need be. */
    abstract List<String> databaseArgs();

    /** Stops the database, after the server. */
    void stopDatabase() {
    }

    @BeforeAll
    void startServer() {
        server = RunningServer.start(databaseArgs());
        admin = server.admin();
        reader = server.reader();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
        stopDatabase();
    }

    // ---- POST Contact

    @Test
    void postContactCreatesItAndAnswersItWithLinksAndLocation() {
        Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"Dare Group\",\"Department\":\"Sales\"}");

        assertEquals(200, created.status(), created::toString);
        Map<String, Object> body = created.json();
        int id = (Integer) body.get("ContactId");
        assertTrue(id > 0);
        assertEquals("Dare Group", body.get("Name"));
        String self = server.anonymous().base() + "/api/v1/contact/" + id;
        assertEquals(Map.of("Self", self, "Archive", server.anonymous().base() + "/api/v1/contact"),
                body.get("_Links"));
        assertEquals(self, created.header("Location").orElseThrow());
        assertEquals("Dare Group", admin.get(created.header("Location").orElseThrow()).json().get("Name"));
        assertEquals(created.header("Last-Modified").orElseThrow(), httpDate((String) body.get("UpdatedDate")));
    }

    @Test
    void invalidContactIsRefusedWithAProblemNamingEachPathAndNothingIsStored() {
        Reply refused = admin.postJson("/api/v1/Contact",
                "{\"Name\":\"\",\"Emails\":[{\"Value\":\"ok@dare.example\"},{\"Value\":\"omnis\"}]}");

        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        assertEquals(List.of("Emails[1].Value", "Name"), errorPaths(refused));
        assertEquals(400, refused.json().get("status"));
    }

    @Test
    void unknownPropertyIsRefusedByName() {
        Reply refused = admin.postJson("/api/v1/Contact", "{\"Name\":\"Dare\",\"Departmnet\":\"Sales\"}");

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("Departmnet"), errorPaths(refused));
    }

    // ---- GET Contact/{id}

    @Test
    void getContactAnswersItWithLastModifiedFromUpdatedDate() {
        int id = create("Get Me");

        Reply got = admin.get("/api/v1/Contact/" + id);

        assertEquals(200, got.status(), got::toString);
        assertEquals("Get Me", got.json().get("Name"));
        assertEquals(httpDate((String) got.json().get("UpdatedDate")), got.header("Last-Modified").orElseThrow());
        assertEquals(server.anonymous().base() + "/api/v1/contact/" + id,
                ((Map<?, ?>) got.json().get("_Links")).get("Self"));
    }

    @Test
    void getContactIsNotModifiedSinceItsLastUpdateButModifiedSinceEarlier() {
        int id = create("Cached");
        String lastModified = admin.get("/api/v1/Contact/" + id).header("Last-Modified").orElseThrow();

        Reply same = admin.call("GET", "/api/v1/Contact/" + id).header("If-Modified-Since", lastModified).send();
        Reply earlier = admin.call("GET", "/api/v1/Contact/" + id)
                .header("If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").send();

        assertEquals(304, same.status(), same::toString);
        assertEquals("", same.body());
        assertEquals(lastModified, same.header("Last-Modified").orElseThrow());
        assertEquals(200, earlier.status(), earlier::toString);
    }

    @Test
    void unknownContactIsNotFound() {
        Reply missing = admin.get("/api/v1/Contact/999999");

        assertEquals(404, missing.status(), missing::toString);
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        assertEquals("/api/v1/Contact/999999", missing.json().get("instance"));
    }

    @Test
    void contactIdThatIsNotANumberIsABadRequest() {
        Reply refused = admin.get("/api/v1/Contact/abc");

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("id"), errorPaths(refused));
    }

    // ---- PUT Contact/{id}

    @Test
    void putReplacesTheContact() {
        int id = create("Before");

        Reply replaced = admin.call("PUT", "/api/v1/Contact/" + id)
                .body("{\"Name\":\"After\",\"OrgNr\":\"502352\"}", "application/json").send();

        assertEquals(200, replaced.status(), replaced::toString);
        assertEquals("After", replaced.json().get("Name"));
        assertEquals("502352", admin.get("/api/v1/Contact/" + id).json().get("OrgNr"));
        assertTrue(replaced.json().containsKey("_Links"));
    }

    @Test
    void putWithoutABodyIsABadRequestAndChangesNothing() {
        int id = create("Unchanged");

        Reply refused = admin.call("PUT", "/api/v1/Contact/" + id).send();

        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertEquals("Unchanged", admin.get("/api/v1/Contact/" + id).json().get("Name"));
    }

    @Test
    void putOfAnUnknownContactIsNotFound() {
        Reply missing = admin.call("PUT", "/api/v1/Contact/999998")
                .body("{\"Name\":\"Nobody\"}", "application/json").send();

        assertEquals(404, missing.status(), missing::toString);
    }

    @Test
    void putIsRefusedWhenTheContactChangedSinceIfUnmodifiedSince() {
        int id = create("Guarded");

        Reply refused = admin.call("PUT", "/api/v1/Contact/" + id)
                .header("If-Unmodified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
                .body("{\"Name\":\"Overwritten\"}", "application/json").send();
        Reply allowed = admin.call("PUT", "/api/v1/Contact/" + id)
                .header("If-Unmodified-Since", admin.get("/api/v1/Contact/" + id).header("Last-Modified").get())
                .body("{\"Name\":\"Changed\"}", "application/json").send();

        assertEquals(412, refused.status(), refused::toString);
        assertEquals(200, allowed.status(), allowed::toString);
        assertEquals("Changed", admin.get("/api/v1/Contact/" + id).json().get("Name"));
    }

    @Test
    void ifUnmodifiedSinceThatIsNotADateIsRefusedRatherThanIgnored() {
        int id = create("Guarded too");

        Reply refused = admin.call("PUT", "/api/v1/Contact/" + id).header("If-Unmodified-Since", "yesterday")
                .body("{\"Name\":\"Overwritten\"}", "application/json").send();

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("If-Unmodified-Since"), errorPaths(refused));
        assertEquals("Guarded too", admin.get("/api/v1/Contact/" + id).json().get("Name"));
    }

    // ---- PATCH Contact/{id}

    @Test
    void jsonPatchAndMergePatchBothChangeTheContact() {
        int id = create("Patched");

        Reply jsonPatch = admin.call("PATCH", "/api/v1/Contact/" + id)
                .body("[{\"op\":\"replace\",\"path\":\"/Department\",\"value\":\"foo\"}]",
                        "application/json-patch+json").send();
        Reply mergePatch = admin.call("PATCH", "/api/v1/Contact/" + id)
                .body("{\"OrgNr\":\"42\"}", "application/merge-patch+json").send();
        Reply plainJson = admin.call("PATCH", "/api/v1/Contact/" + id)
                .body("[{\"op\":\"add\",\"path\":\"Emails/-\",\"value\":{\"Value\":\"post@dare.example\"}}]",
                        "application/json").send();

        assertEquals(200, jsonPatch.status(), jsonPatch::toString);
        assertEquals("foo", jsonPatch.json().get("Department"));
        assertEquals(200, mergePatch.status(), mergePatch::toString);
        assertEquals("42", mergePatch.json().get("OrgNr"));
        assertEquals("foo", mergePatch.json().get("Department"));
        assertEquals(200, plainJson.status(), plainJson::toString);
        assertEquals("post@dare.example", ((Map<?, ?>) ((List<?>) plainJson.json().get("Emails")).get(0))
                .get("Value"));
        assertTrue(plainJson.json().containsKey("_Links"));
    }

    @Test
    void patchWhoseTestFailsIsAConflictAndChangesNothing() {
        int id = create("Tested");

        Reply conflict = admin.call("PATCH", "/api/v1/Contact/" + id)
                .body("[{\"op\":\"replace\",\"path\":\"/Department\",\"value\":\"foo\"},"
                        + "{\"op\":\"test\",\"path\":\"/Name\",\"value\":\"Other\"}]", "application/json-patch+json")
                .send();

        assertEquals(409, conflict.status(), conflict::toString);
        assertEquals("", admin.get("/api/v1/Contact/" + id).json().get("Department"));
    }

    @Test
    void patchOfAnUnknownContactIsNotFoundAndAStalePatchIsAPreconditionFailure() {
        int id = create("Stale");

        Reply missing = admin.call("PATCH", "/api/v1/Contact/999997")
                .body("{\"Department\":\"x\"}", "application/merge-patch+json").send();
        Reply stale = admin.call("PATCH", "/api/v1/Contact/" + id)
                .header("If-Unmodified-Since", "Mon, 01 Jan 2001 00:00:00 GMT")
                .body("{\"Department\":\"x\"}", "application/merge-patch+json").send();

        assertEquals(404, missing.status(), missing::toString);
        assertEquals(412, stale.status(), stale::toString);
    }

    @Test
    void patchInXmlIsAnUnsupportedMediaType() {
        int id = create("Xml patch");

        Reply refused = admin.call("PATCH", "/api/v1/Contact/" + id)
                .body("<ContactEntity><Department>x</Department></ContactEntity>", "application/xml").send();

        assertEquals(415, refused.status(), refused::toString);
    }

    // ---- DELETE Contact/{id}

    @Test
    void deleteAnswersNoContentAndTheContactIsGone() {
        int id = create("Doomed");

        Reply deleted = admin.call("DELETE", "/api/v1/Contact/" + id).send();

        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals("", deleted.body());
        assertEquals(404, admin.get("/api/v1/Contact/" + id).status());
        assertEquals(404, admin.call("DELETE", "/api/v1/Contact/" + id).send().status());
    }

    @Test
    void deleteIsRefusedWhenTheContactChangedSinceIfUnmodifiedSince() {
        int id = create("Kept");

        Reply refused = admin.call("DELETE", "/api/v1/Contact/" + id)
                .header("If-Unmodified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").send();

        assertEquals(412, refused.status(), refused::toString);
        assertEquals(200, admin.get("/api/v1/Contact/" + id).status());
    }

    // ---- GET Contact/default

    @Test
    void defaultContactIsANewUnsavedContactOwnedByTheCaller() {
        Reply fresh = admin.get("/api/v1/Contact/default");

        assertEquals(200, fresh.status(), fresh::toString);
        assertEquals(0, fresh.json().get("ContactId"));
        assertEquals("", fresh.json().get("Name"));
        assertEquals(1, ((Map<?, ?>) fresh.json().get("Associate")).get("AssociateId"));
    }

    // ---- Agents/Contact

    @Test
    void saveContactEntityCreatesWhenContactIdIsZeroAndUpdatesOtherwise() {
        Reply created = admin.postJson("/api/v1/Agents/Contact/SaveContactEntity",
                "{\"ContactId\":0,\"Name\":\"Saved\"}");
        int id = (Integer) created.json().get("ContactId");
        Reply updated = admin.postJson("/api/v1/Agents/Contact/SaveContactEntity",
                "{\"ContactId\":" + id + ",\"Name\":\"Saved again\"}");
        Reply unknown = admin.postJson("/api/v1/Agents/Contact/SaveContactEntity",
                "{\"ContactId\":999996,\"Name\":\"Nobody\"}");

        assertEquals(200, created.status(), created::toString);
        assertTrue(id > 0);
        assertFalse(created.json().containsKey("_Links"), "SaveContactEntity answers a ContactEntity");
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(id, updated.json().get("ContactId"));
        assertEquals("Saved again", admin.get("/api/v1/Contact/" + id).json().get("Name"));
        assertEquals(404, unknown.status(), unknown::toString);
    }

    @Test
    void getContactEntityAnswersTheContactOrNotFound() {
        int id = create("Agent read");

        Reply found = admin.call("POST", "/api/v1/Agents/Contact/GetContactEntity?contactEntityId=" + id).send();
        Reply missing = admin.call("POST", "/api/v1/Agents/Contact/GetContactEntity?contactEntityId=999995").send();
        Reply noId = admin.call("POST", "/api/v1/Agents/Contact/GetContactEntity").send();

        assertEquals(200, found.status(), found::toString);
        assertEquals("Agent read", found.json().get("Name"));
        assertFalse(found.json().containsKey("_Links"));
        assertEquals(404, missing.status(), missing::toString);
        assertEquals(400, noId.status(), noId::toString);
        assertEquals(List.of("contactEntityId"), errorPaths(noId));
    }

    @Test
    void enrichContactEntityMergesTheCompanyWithoutSavingUnlessAsked() {
        int id = (Integer) admin.postJson("/api/v1/Contact",
                "{\"Name\":\"Fjordlys\",\"OrgNr\":\"914778271\",\"Phones\":[{\"Value\":\"+47 99 99 99 99\"}]}")
                .json().get("ContactId");
        String stored = admin.get("/api/v1/Contact/" + id).body();
        String request = "{\"ContactEntity\":" + stored + ",\"EnrichId\":null}";

        Reply enriched = admin.postJson("/api/v1/Agents/Contact/EnrichContactEntity", request);
        Reply unchanged = admin.get("/api/v1/Contact/" + id);
        Reply saved = admin.postJson("/api/v1/Agents/Contact/EnrichContactEntity?save=true", request);
        Reply readerSave = reader.postJson("/api/v1/Agents/Contact/EnrichContactEntity?save=true", request);

        assertEquals(200, enriched.status(), enriched::toString);
        assertEquals(List.of("+47 99 99 99 99", "+47 22 40 11 00"), values(enriched.json().get("Phones")));
        assertFalse(enriched.json().containsKey("_Links"), "EnrichContactEntity answers a ContactEntity");
        assertEquals(List.of("+47 99 99 99 99"), values(unchanged.json().get("Phones")));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(List.of("+47 99 99 99 99", "+47 22 40 11 00"),
                values(admin.get("/api/v1/Contact/" + id).json().get("Phones")));
        assertEquals(403, readerSave.status(), readerSave::toString);
    }

    @Test
    void enrichmentOfAnUnknownCompanyIsNotFoundAndABadSaveFlagIsRefused() {
        Reply unknown = admin.postJson("/api/v1/Agents/Contact/EnrichContactEntity",
                "{\"ContactEntity\":null,\"EnrichId\":\"no-such-company\"}");
        Reply badFlag = admin.postJson("/api/v1/Agents/Contact/EnrichContactEntity?save=perhaps",
                "{\"ContactEntity\":null,\"EnrichId\":\"no-914778271\"}");
        Reply byId = admin.call("POST", "/api/v1/Agents/Contact/EnrichContactEntity?$select=name,orgNr")
                .body("{\"ContactEntity\":null,\"EnrichId\":\"no-914778271\"}", "application/json").send();

        assertEquals(404, unknown.status(), unknown::toString);
        assertTrue(unknown.contentType().startsWith("application/problem+json"));
        assertEquals(400, badFlag.status(), badFlag::toString);
        assertEquals(List.of("save"), errorPaths(badFlag));
        assertEquals(200, byId.status(), byId::toString);
        assertEquals("Fjordlys Instrumenter AS", byId.json().get("Name"));
        assertNull(byId.json().get("Phones"));
    }

    // ---- routing

    @Test
    void pathsMatchWithoutRegardToCaseAndUnknownOnesAreNotFound() {
        int id = create("Any case");

        assertEquals(200, admin.get("/API/V1/contact/" + id).status());
        assertEquals(200, admin.call("POST", "/api/v1/agents/contact/getcontactentity?ContactEntityId=" + id)
                .send().status());
        assertEquals(404, admin.get("/api/v1/Person/1").status());
        assertEquals(404, admin.get("/index.html").status());
    }

    @Test
    void wrongMethodIsNotAllowedAndSaysWhichAre() {
        Reply refused = admin.call("DELETE", "/api/v1/Contact").send();

        assertEquals(405, refused.status(), refused::toString);
        assertEquals("POST", refused.header("Allow").orElseThrow());
        assertEquals("GET, PUT, PATCH, DELETE",
                admin.call("POST", "/api/v1/Contact/1").send().header("Allow").orElseThrow());
    }

    // ---- content negotiation

    @Test
    void contactsAreReadFromEveryRequestMediaType() {
        Map<String, String> bodies = Map.of(
                "application/json", "{\"Name\":\"From JSON\"}",
                "text/json; charset=utf-8", "{\"Name\":\"From text JSON\"}",
                "application/xml", "<ContactEntity><Name>From XML</Name></ContactEntity>",
                "text/xml", "<ContactEntity><Name>From text XML</Name><Department>D</Department></ContactEntity>",
                "application/x-www-form-urlencoded", "Name=From+form&Emails%5B0%5D.Value=form%40dare.example");

        bodies.forEach((contentType, body) -> {
            Reply created = admin.call("POST", "/api/v1/Contact").body(body, contentType).send();
            assertEquals(200, created.status(), () -> contentType + ": " + created);
            String name = (String) created.json().get("Name");
            assertTrue(name.startsWith("From "), contentType + " gave " + name);
        });
    }

    @Test
    void answersComeInTheMediaTypeTheAcceptHeaderPrefers() {
        int id = create("Negotiated");
        String path = "/api/v1/Contact/" + id;

        assertEquals("application/json", mediaType(accepting(path, "application/json")));
        assertEquals("text/json", mediaType(accepting(path, "text/json")));
        assertEquals("application/xml", mediaType(accepting(path, "application/xml")));
        assertEquals("text/xml", mediaType(accepting(path, "text/xml")));
        assertEquals("application/json", mediaType(accepting(path, "application/json-patch+json")));
        assertEquals("application/json", mediaType(accepting(path, "application/merge-patch+json")));
        assertEquals("application/json", mediaType(accepting(path, "application/xml;q=0.5, application/json;q=0.9")));
        assertEquals("text/xml", mediaType(accepting(path, "text/xml, */*;q=0.1")));
        assertEquals("application/json", mediaType(accepting(path, "*/*")));
        Reply xml = accepting(path, "application/xml");
        assertTrue(xml.body().contains("<ContactEntity") && xml.body().contains("<Name>Negotiated</Name>"),
                xml::toString);
    }

    @Test
    void nothingAcceptableIsRefusedBeforeAnythingIsSaved() {
        Reply refused = admin.call("POST", "/api/v1/Contact").header("Accept", "image/png")
                .body("{\"Name\":\"Never saved\"}", "application/json").send();

        assertEquals(406, refused.status(), refused::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"));
    }

    @Test
    void unsupportedRequestMediaTypeIsRefused() {
        Reply refused = admin.call("POST", "/api/v1/Contact").body("Name: Dare", "text/plain").send();

        assertEquals(415, refused.status(), refused::toString);
    }

    @Test
    void problemsComeInXmlWhenTheClientPrefersXml() {
        Reply refused = admin.call("GET", "/api/v1/Contact/999994").header("Accept", "application/xml").send();

        assertEquals(404, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+xml"), refused::toString);
        assertTrue(refused.body().contains("<status>404</status>"), refused::toString);
    }

    @Test
    void bodyLargerThanTheLimitIsRefusedAsTooLarge() {
        String huge = "{\"Name\":\"" + "x".repeat(1024 * 1024) + "\"}";

        Reply refused = admin.call("POST", "/api/v1/Contact").body(huge, "application/json").send();

        assertEquals(413, refused.status(), refused::toString);
    }

    // ---- $select

    @Test
    void selectNullsOutEveryPropertyItDoesNotName() {
        Reply created = admin.postJson("/api/v1/Contact?$select=name,department,category/id",
                "{\"Name\":\"Selected\",\"Department\":\"Sales\",\"OrgNr\":\"1\",\"Category\":{\"Id\":1}}");
        int id = (Integer) admin.get(created.header("Location").orElseThrow()).json().get("ContactId");

        assertEquals(200, created.status(), created::toString);
        assertSelected(created.json());
        assertSelected(admin.get("/api/v1/Contact/" + id + "?$select=name,department,category/id").json());
        assertSelected(admin.call("PATCH", "/api/v1/Contact/" + id + "?$select=name,department,category/id")
                .body("{\"OrgNr\":\"2\"}", "application/merge-patch+json").send().json());
        assertSelected(admin.call("POST", "/api/v1/Agents/Contact/GetContactEntity?contactEntityId=" + id
                + "&$select=name,department,category/id").send().json());
        assertSelected(admin.call("PUT", "/api/v1/Contact/" + id + "?$select=name,department,category/id")
                .body("{\"Name\":\"Selected\",\"Department\":\"Sales\",\"OrgNr\":\"3\",\"Category\":{\"Id\":1}}",
                        "application/json").send().json());
        assertSelected(admin.postJson("/api/v1/Agents/Contact/SaveContactEntity?$select=name,department,category/id",
                "{\"ContactId\":" + id + ",\"Name\":\"Selected\",\"Department\":\"Sales\",\"Category\":{\"Id\":1}}")
                .json());
        Map<String, Object> fresh = admin.get("/api/v1/Contact/default?$select=ContactId").json();
        assertEquals(0, fresh.get("ContactId"));
        assertNull(fresh.get("Associate"));
    }

    @Test
    void selectOfAnUnknownPropertyIsRefusedAndChangesNothing() {
        int id = create("Not reselected");

        Reply refused = admin.call("PUT", "/api/v1/Contact/" + id + "?$select=name,colour")
                .body("{\"Name\":\"Renamed\"}", "application/json").send();

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("$select"), errorPaths(refused));
        assertEquals("Not reselected", admin.get("/api/v1/Contact/" + id).json().get("Name"));
    }

    // ---- headers

    @Test
    void listNamesComeInTheLanguageSoLanguageOrAcceptLanguageAsks() {
        int id = (Integer) admin.postJson("/api/v1/Contact", "{\"Name\":\"Lingua\",\"Category\":{\"Id\":1}}")
                .json().get("ContactId");
        String path = "/api/v1/Contact/" + id;

        assertEquals("Kunde", categoryName(admin.call("GET", path).header("SO-Language", "no").send()));
        assertEquals("Kunde", categoryName(admin.call("GET", path)
                .header("Accept-Language", "de;q=0.3, no;q=0.8, en;q=0.5").send()));
        assertEquals("Customer", categoryName(admin.call("GET", path).header("SO-Language", "en")
                .header("Accept-Language", "no").send()));
        assertEquals("Customer", categoryName(admin.call("GET", path).header("Accept-Language", "*").send()));
    }

    @Test
    void soLanguageThatIsNotALanguageIsRefused() {
        Reply refused = admin.call("GET", "/api/v1/Contact/default").header("SO-Language", "klingon!").send();

        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("SO-Language"), errorPaths(refused));
    }

    @Test
    void bearerTokensSignInTicketsAndCookieSessionsWithTheirXsrfTokenAreAdmitted() {
        ApiClient anonymous = server.anonymous();
        Reply byToken = anonymous.as("Bearer " + RunningServer.ADMIN_TOKEN).postJson("/api/v1/Contact",
                "{\"Name\":\"By token\"}");
        Reply readerToken = anonymous.as("Bearer " + RunningServer.READER_TOKEN).postJson("/api/v1/Contact",
                "{\"Name\":\"Refused\"}");
        Map<String, Object> session = admin.call("POST", "/api/v1/Authentication/SignIn").send().json();
        Reply byTicket = anonymous.as("SoTicket " + session.get("Ticket")).get("/api/v1/Contact/default");
        String cookies = "ContactKitSession=" + session.get("Ticket") + "; XSRF-TOKEN=" + session.get("XsrfToken");
        Reply cookieWithoutXsrf = anonymous.call("POST", "/api/v1/Contact").header("Cookie", cookies)
                .body("{\"Name\":\"Forged\"}", "application/json").send();
        Reply cookieWithXsrf = anonymous.call("POST", "/api/v1/Contact").header("Cookie", cookies)
                .header("X-XSRF-TOKEN", (String) session.get("XsrfToken"))
                .body("{\"Name\":\"By cookie\"}", "application/json").send();

        assertEquals(200, byToken.status(), byToken::toString);
        assertEquals(403, readerToken.status(), readerToken::toString);
        assertEquals(200, byTicket.status(), byTicket::toString);
        assertEquals(403, cookieWithoutXsrf.status(), cookieWithoutXsrf::toString);
        assertEquals(200, cookieWithXsrf.status(), cookieWithXsrf::toString);
    }

    @Test
    void dateTimesComeInTheTimeZoneSoTimeZoneNames() {
        int id = create("Zoned");

        Map<String, Object> utc = admin.get("/api/v1/Contact/" + id).json();
        Map<String, Object> oslo = admin.call("GET", "/api/v1/Contact/" + id).header("SO-TimeZone", "Europe/Oslo")
                .send().json();
        Reply unknown = admin.call("GET", "/api/v1/Contact/" + id).header("SO-TimeZone", "Mars/Olympus").send();

        OffsetDateTime updated = OffsetDateTime.parse((String) oslo.get("UpdatedDate"));
        assertEquals(ZoneId.of("Europe/Oslo").getRules().getOffset(updated.toInstant()), updated.getOffset());
        assertEquals(OffsetDateTime.parse((String) utc.get("UpdatedDate")).toInstant(), updated.toInstant());
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(List.of("SO-TimeZone"), errorPaths(unknown));
    }

    @Test
    void everyAnswerCarriesServerTiming() {
        int id = create("Timed");

        List<Reply> replies = List.of(admin.get("/api/v1/Contact/" + id),
                admin.call("GET", "/api/v1/Contact/" + id)
                        .header("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT").send(),
                admin.get("/api/v1/Contact/999993"),
                server.anonymous().get("/api/v1/Contact/" + id),
                admin.call("DELETE", "/api/v1/Contact/" + id).send());

        for (Reply reply : replies) {
            assertTrue(reply.header("Server-Timing").orElse("").matches("app;dur=\\d+(\\.\\d+)?"), reply::toString);
        }
    }

    @Test
    void readOnlyUserCanReadButNotWrite() {
        int id = create("Read only");

        Reply read = reader.get("/api/v1/Contact/" + id);
        Reply write = reader.call("PUT", "/api/v1/Contact/" + id)
                .body("{\"Name\":\"Hijacked\"}", "application/json").send();
        Reply create = reader.postJson("/api/v1/Contact", "{\"Name\":\"Sneaky\"}");
        Reply delete = reader.call("DELETE", "/api/v1/Contact/" + id).send();

        assertEquals(200, read.status(), read::toString);
        assertEquals("Select", ((Map<?, ?>) read.json().get("TableRight")).get("Mask"));
        assertEquals(403, write.status(), write::toString);
        assertEquals(403, create.status(), create::toString);
        assertEquals(403, delete.status(), delete::toString);
        assertEquals("Read only", admin.get("/api/v1/Contact/" + id).json().get("Name"));
        assertEquals("FULL", ((Map<?, ?>) admin.get("/api/v1/Contact/" + id).json().get("TableRight")).get("Mask"));
    }

    @Test
    void missingCredentialsAreUnauthorizedWithAChallenge() {
        Reply refused = server.anonymous().get("/api/v1/Contact/1");

        assertEquals(401, refused.status(), refused::toString);
        assertTrue(refused.headerValues("WWW-Authenticate").stream().anyMatch(c -> c.startsWith("Basic ")));
        assertTrue(refused.contentType().startsWith("application/problem+json"));
    }

    private int create(String name) {
        Reply created = admin.postJson("/api/v1/Contact", "{\"Name\":\"" + name + "\"}");
        assertEquals(200, created.status(), created::toString);
        return (Integer) created.json().get("ContactId");
    }

    private Reply accepting(String path, String accept) {
        Reply reply = admin.call("GET", path).header("Accept", accept).send();
        assertEquals(200, reply.status(), () -> accept + ": " + reply);
        return reply;
    }

    private static List<String> values(Object elements) {
        return ((List<?>) elements).stream().map(element -> (String) ((Map<?, ?>) element).get("Value")).toList();
    }

    private static String mediaType(Reply reply) {
        return reply.contentType().split(";")[0].trim();
    }

    private static String categoryName(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return (String) ((Map<?, ?>) reply.json().get("Category")).get("Value");
    }

    private static void assertSelected(Map<String, Object> contact) {
        assertEquals("Selected", contact.get("Name"));
        assertEquals("Sales", contact.get("Department"));
        assertNull(contact.get("OrgNr"));
        assertNull(contact.get("ContactId"));
        Map<?, ?> category = (Map<?, ?>) contact.get("Category");
        assertEquals(1, category.get("Id"));
        assertNull(category.get("Value"));
    }

    static List<String> errorPaths(Reply problem) {
        List<?> errors = (List<?>) problem.json().get("errors");
        return errors.stream().map(error -> (String) ((Map<?, ?>) error).get("path")).toList();
    }

    private static String httpDate(String isoDateTime) {
        return HTTP_DATE.format(Instant.from(DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(isoDateTime)));
    }
}
