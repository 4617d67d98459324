package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ApiClient;
import io.contactkit.server.testing.DatabaseDump;
import io.contactkit.server.testing.RawHttp;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The table of {@link HostileRequests} against the standalone server on H2 over real HTTP: each is refused with the
 * expected 4xx and a problem naming the field at fault, and the whole database is the same after it as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsTest {

    private static final String DATABASE = "hostile-requests";
    /** Words of the parsers' own vocabulary, which tell a client nothing it can act on and an attacker what runs. */
    private static final Pattern PARSER_INTERNALS = Pattern.compile("Feature|enable|`|\\(code \\d+\\)|CTRL-CHAR"
            + "|Source:|[Jj]ackson|Constraints|com\\.ctc|wstx|javax?\\.|Exception|nextTag|_ELEMENT|CHARACTERS|(?<!skip)token|"
            + "marker|ParseError|Unrecognized|[Ll]ocation");
    private static final String JDBC_URL = "jdbc:h2:mem:" + DATABASE + ";DB_CLOSE_DELAY=-1";

    private final List<HostileRequest> cases = HostileRequests.all();
    private RunningServer server;
    private ApiClient admin;
    private int targetId;
    private int otherId;
    private String targetAsStored;
    private String databaseBefore;

    @BeforeAll
    void startServerWithTwoContacts() {
        server = RunningServer.start(RunningServer.h2(DATABASE));
        admin = server.admin();
        targetId = create("{\"Name\":\"Hostile Target\",\"Number1\":\"7\",\"Category\":{\"Id\":1},"
                + "\"Emails\":[{\"Value\":\"first@dare.example\"},{\"Value\":\"second@dare.example\"}],"
                + "\"CustomFields\":{\"SuperOffice:1\":\"gold\",\"x_region\":\"north\"}}");
        otherId = create("{\"Name\":\"Bystander\"}");
        targetAsStored = admin.get("/api/v1/Contact/" + targetId).body();
        databaseBefore = DatabaseDump.of(JDBC_URL, "sa", "");
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedWithAProblemAndChangesNothing() {
        System.out.println("hostile requests: " + cases.size() + " cases against " + server.anonymous().base());
        Stream<DynamicTest> each = IntStream.range(0, cases.size()).mapToObj(i -> DynamicTest.dynamicTest(
                String.format("hostile request %03d of %d: %s", i + 1, cases.size(), cases.get(i)),
                () -> refusedWithoutChange(cases.get(i))));
        DynamicTest afterwards = DynamicTest.dynamicTest("after all " + cases.size()
                + " hostile requests the target contact reads as before",
                () -> {
                    assertEquals(databaseBefore, DatabaseDump.of(JDBC_URL, "sa", ""));
                    assertEquals(targetAsStored, admin.get("/api/v1/Contact/" + targetId).body());
                });
        return Stream.concat(each, Stream.of(afterwards));
    }

    /** Requests too malformed for an HTTP client library to send, written on a socket as they are. */
    @TestFactory
    Stream<DynamicTest> malformedHttpIsRefusedWithAProblemAndChangesNothing() {
        String auth = "Authorization: " + ApiClient.basic(RunningServer.ADMIN, RunningServer.ADMIN_PASSWORD) + "\r\n";
        String put = "PUT /api/v1/Contact/" + targetId + " HTTP/1.1\r\nHost: localhost\r\n" + auth
                + "Content-Type: application/json\r\n";
        String renamed = "{\"Name\":\"Smuggled\"}";
        List<String[]> requests = List.of(
                new String[] {"a request line that is none", "GARBAGE\r\n\r\n", "400"},
                new String[] {"a header line without a colon", "GET /api/v1/Contact/" + targetId
                        + " HTTP/1.1\r\nHost: localhost\r\nNoColonHere\r\n\r\n", "400"},
                new String[] {"a header of 20,000 bytes", "GET /api/v1/Contact/" + targetId
                        + " HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20_000) + "\r\n\r\n", "431"},
                new String[] {"a URI of 20,000 bytes", "GET /api/v1/Contact/" + "1".repeat(20_000)
                        + " HTTP/1.1\r\nHost: localhost\r\n\r\n", "414"},
                new String[] {"Content-Length beside chunked encoding", put + "Content-Length: 5\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(renamed.length()) + "\r\n"
                        + renamed + "\r\n0\r\n\r\n", "400"},
                new String[] {"two different Content-Lengths", put + "Content-Length: 2\r\nContent-Length: "
                        + renamed.length() + "\r\n\r\n" + renamed, "400"},
                new String[] {"a negative Content-Length", put + "Content-Length: -1\r\n\r\n" + renamed, "400"},
                new String[] {"an ambiguous path", "GET /api/v1/Contact/%2e%2e/" + targetId + " HTTP/1.1\r\n"
                        + "Host: localhost\r\n" + auth + "Connection: close\r\n\r\n", "400"});
        return IntStream.range(0, requests.size()).mapToObj(i -> DynamicTest.dynamicTest(
                String.format("malformed HTTP %d of %d: %s", i + 1, requests.size(), requests.get(i)[0]), () -> {
                    String before = DatabaseDump.of(JDBC_URL, "sa", "");

                    RawHttp.Reply reply = RawHttp.send(server.anonymous().base(), requests.get(i)[1]);

                    assertEquals(Integer.parseInt(requests.get(i)[2]), reply.status(), reply::toString);
                    assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply::toString);
                    assertEquals(reply.status(), Problem.fromJson(reply.json()).status());
                    assertEquals(before, DatabaseDump.of(JDBC_URL, "sa", ""), "the database changed");
                }));
    }

    private void refusedWithoutChange(HostileRequest hostile) {
        String before = DatabaseDump.of(JDBC_URL, "sa", "");

        Reply reply = send(hostile);

        Supplier<String> what = () -> hostile + System.lineSeparator() + reply;
        assertEquals(hostile.status(), reply.status(), what);
        String mediaType = hostile.wantsXml() ? "application/problem+xml" : "application/problem+json";
        assertTrue(reply.contentType().startsWith(mediaType), what);
        Problem problem = hostile.wantsXml() ? Problem.fromXml(reply.body()) : Problem.fromJson(reply.json());
        assertEquals(hostile.status(), problem.status(), what);
        assertEquals(URI.create(hostile.path(targetId, otherId)).getRawPath(), problem.instance(), what);
        if (hostile.namedPath() != null) {
            assertTrue(hostile.named(problem.errorPaths()), what);
        }
        assertFalse(PARSER_INTERNALS.matcher(reply.body()).find(), what);
        assertEquals(before, DatabaseDump.of(JDBC_URL, "sa", ""), () -> "the database changed: " + what.get());
    }

    private Reply send(HostileRequest hostile) {
        ApiClient.Call call = admin.call(hostile.method(), hostile.path(targetId, otherId));
        hostile.headers().forEach(call::header);
        byte[] body = hostile.body(targetId, otherId);
        if (body != null) {
            call.body(body, null);
        }
        return call.send();
    }

    private int create(String json) {
        Reply created = admin.postJson("/api/v1/Contact", json);
        assertEquals(200, created.status(), created::toString);
        return (Integer) created.json().get("ContactId");
    }

    /** The members of a problem this test checks, from either wire format. */
    private record Problem(int status, String instance, List<String> errorPaths) {

        static Problem fromJson(Map<String, Object> json) {
            List<String> paths = new ArrayList<>();
            Object errors = json.get("errors");
            if (errors instanceof List) {
                ((List<?>) errors).forEach(error -> paths.add((String) ((Map<?, ?>) error).get("path")));
            }
            return new Problem((Integer) json.get("status"), (String) json.get("instance"), paths);
        }

        static Problem fromXml(String xml) {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(
                        xml.getBytes(StandardCharsets.UTF_8)));
                List<String> paths = new ArrayList<>();
                NodeList pathNodes = document.getElementsByTagNameNS("*", "path");
                for (int i = 0; i < pathNodes.getLength(); i++) {
                    paths.add(pathNodes.item(i).getTextContent());
                }
                return new Problem(Integer.parseInt(text(document, "status")), text(document, "instance"), paths);
            } catch (Exception e) {
                throw new AssertionError("not a problem in XML: " + xml, e);
            }
        }

        private static String text(Document document, String name) {
            NodeList nodes = document.getElementsByTagNameNS("*", name);
            return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
        }
    }
}
