package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.ContactService;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.search.ContactArchive;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.ReferenceExamples;
import io.contactkit.domain.testing.SampleLists;
import io.contactkit.http.authentication.Authenticator;
import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ServletServer;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** GET Contact, GetContactList and GetMyContacts through the servlet, on the in-memory store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveEndpointsTest {

    /** Whoever names themselves in X-User is that user, associate 2, with every right. */
    private static final Authenticator NAMED = new Authenticator() {
        @Override
        public Optional<Principal> authenticate(HttpServletRequest request) {
            return Optional.ofNullable(request.getHeader("X-User")).map(name -> Principal.administrator(name, 2));
        }

        @Override
        public List<String> challenges() {
            return List.of("X-User");
        }
    };

    private final InMemoryContactRepository store = new InMemoryContactRepository();
    private ServletServer server;
    private ApiClient client;

    @BeforeAll
    void start() {
        SampleLists lists = new SampleLists();
        ContactService service = new ContactService(store, lists, CustomFieldCatalog.open(), Clock.systemUTC());
        server = ServletServer.start("/", ContactApiServlet.builder(service)
                .archive(new ContactArchive(store, lists, Clock.systemUTC()))
                .authenticator(NAMED).build());
        client = server.client();
        for (int i = 0; i < 25; i++) {
            store.insert(ContactEntity.builder().name(String.format("Skagen %02d", i)).department("Sales")
                    .number1("10033").category(ListItem.builder().id(1 + i % 2).build())
                    .associate(Associate.builder().associateId(1 + i % 2).build())
                    .emails(List.of(EntityElement.builder().value("post" + i + "@skagen.example").build()))
                    .build());
        }
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyContactExampleOfTheReferencePagesAnswersInJsonAndXml() {
        for (ReferenceExamples.Example example : ReferenceExamples.all()) {
            String path = "/api/v1/contact?" + ReferenceExamples.encoded(example);
            Reply json = get(path, "application/json");
            Reply xml = get(path, "application/xml");

            assertEquals(200, json.status(), () -> example.query() + ": " + json);
            assertTrue(json.json().get("value") instanceof List, example.query());
            assertEquals(200, xml.status(), () -> example.query() + ": " + xml);
            String expected = "JSON".equalsIgnoreCase(example.option("$format")) ? "application/json"
                    : "application/xml";
            assertTrue(xml.contentType().startsWith(expected), example.query() + ": " + xml.contentType());
        }
    }

    @Test
    void rowsAreShapedAsTheReferencePageShowsThem() {
        Reply reply = get("/api/v1/Contact?$select=name,category,number&$filter=category%20oneOf%20(2)"
                + "&$orderBy=name&$top=2", "application/json");

        Map<String, Object> body = reply.json();
        assertEquals(client.base() + "/api/v1/archive$metadata", body.get("odata.metadata"));
        Map<?, ?> row = (Map<?, ?>) ((List<?>) body.get("value")).get(0);
        assertEquals(List.of("PrimaryKey", "EntityName", "name", "category", "number"), List.copyOf(row.keySet()));
        assertEquals("contact", row.get("EntityName"));
        assertEquals("Skagen 01", row.get("name"));
        assertEquals("Supplier", row.get("category"));
        assertEquals("Leverandør", ((Map<?, ?>) ((List<?>) client.call("GET", "/api/v1/Contact?$select=category"
                + "&$filter=category%20eq%202").header("X-User", "u").header("SO-Language", "no").send().json()
                .get("value")).get(0)).get("category"));
    }

    @Test
    void nextLinksWalkEveryRowOnceKeepingTheQueryAndTheLastPageHasNone() {
        Set<Object> seen = new HashSet<>();
        String next = "/api/v1/Contact?$select=contactId,name&$filter=name%20begins%20'skagen'&$orderBy=name%20desc"
                + "&$top=10&$skip=0";
        int pages = 0;
        Map<String, Object> body;
        do {
            body = get(next, "application/json").json();
            ((List<?>) body.get("value")).forEach(row -> assertTrue(seen.add(((Map<?, ?>) row).get("PrimaryKey"))));
            pages++;
            String link = (String) body.get("odata.nextLink");
            if (link != null) {
                assertTrue(link.startsWith(client.base() + "/api/v1/Contact?$select=contactId,name&$filter="), link);
                assertTrue(!link.contains("$skip=") && link.contains("$skiptoken="), link);
                next = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
            }
            if (link == null) {
                break;
            }
        } while (true);

        assertEquals(3, pages);
        assertEquals(25, seen.size());
        assertNull(body.get("odata.nextLink"));
    }

    @Test
    void badQueriesAre400ProblemsNamingTheParameterAndTheCharacter() {
        Reply filter = get("/api/v1/Contact?$filter=name%20begins%20'S'%20and%20(nmae%20eq%20'x'", "application/json");
        Reply top = get("/api/v1/Contact?$top=5000", "application/xml");

        assertEquals(400, filter.status(), filter::toString);
        assertTrue(filter.contentType().startsWith("application/problem+json"), filter.contentType());
        Map<?, ?> error = (Map<?, ?>) ((List<?>) filter.json().get("errors")).get(0);
        assertEquals("$filter", error.get("path"));
        assertTrue(((String) error.get("message")).startsWith("at character 22: unknown column 'nmae'"),
                error.toString());
        assertEquals(400, top.status(), top::toString);
        assertTrue(top.contentType().startsWith("application/problem+xml"), top.contentType());
        assertTrue(top.body().contains("<path>$top</path><message>at character 1: a page holds at most 1000 rows"),
                top.body());
        assertEquals(400, get("/api/v1/Contact?$mode=fast", "application/json").status());
        assertEquals(400, get("/api/v1/Contact?$format=csv", "application/json").status());
    }

    @Test
    void theCollectionTakesGetHeadAndPostOnly() {
        Reply refused = client.call("DELETE", "/api/v1/Contact").header("X-User", "u").send();

        assertEquals(405, refused.status());
        assertEquals("GET, HEAD, POST", refused.header("Allow").orElseThrow());
    }

    @Test
    void contactListAndMyContactsAnswerContactCarriersAsTheOfficialClientReadsThem() {
        Reply list = client.call("POST", "/api/v1/Agents/Contact/GetContactList").header("X-User", "u")
                .body("[3, 1, 999]", "application/json").send();
        Reply mine = client.call("POST", "/api/v1/Agents/Contact/GetMyContacts").header("X-User", "u").send();
        Reply xml = client.call("POST", "/api/v1/Agents/Contact/GetContactList").header("X-User", "u")
                .header("Accept", "application/xml").body("<ArrayOfInt><int>2</int></ArrayOfInt>", "text/xml").send();

        assertEquals(200, list.status(), list::toString);
        List<?> contacts = (List<?>) list.jsonValue();
        assertEquals(2, contacts.size());
        Map<?, ?> third = (Map<?, ?>) contacts.get(0);
        assertEquals(3, third.get("ContactId"));
        assertEquals("Skagen 02", third.get("Name"));
        assertEquals("post2@skagen.example", third.get("EmailAddress"));
        assertEquals("Customer", third.get("CategoryName"));
        assertEquals("ADMIN", third.get("AssociateFullName"));
        assertEquals(Set.of("ContactId", "Name", "OrgNr", "Department", "URL", "City", "DirectPhone", "AssociateId",
                "CountryId", "EmailAddress", "Kananame", "EmailAddressName", "URLName", "AssociateFullName",
                "BusinessName", "CategoryName", "CountryName", "Address", "FormattedAddress", "FullName",
                "IsOwnerContact", "ActiveErpLinks", "Number1", "Number2", "TableRight", "FieldProperties"),
                third.keySet());
        assertEquals(200, mine.status(), mine::toString);
        assertEquals(12, ((List<?>) mine.jsonValue()).size());
        assertTrue(((List<?>) mine.jsonValue()).stream().allMatch(contact -> ((Map<?, ?>) contact)
                .get("AssociateId").equals(2)));
        assertTrue(xml.body().contains("<ArrayOfContact"), xml.body());
        assertTrue(xml.body().contains("<ContactId>2</ContactId>"), xml.body());
        assertEquals(400, client.call("POST", "/api/v1/Agents/Contact/GetContactList").header("X-User", "u")
                .body("[\"one\"]", "application/json").send().status());
    }

    private Reply get(String path, String accept) {
        return client.call("GET", path).header("X-User", "tester").header("Accept", accept).send();
    }
}
