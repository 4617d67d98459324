package io.contactkit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.ContactService;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.SampleLists;
import io.contactkit.http.authentication.Authenticator;
import io.contactkit.http.testing.ApiClient;
import io.contactkit.http.testing.ApiClient.Reply;
import io.contactkit.http.testing.ServletServer;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** SO-Culture picks the layout of the formatted address in every answer, and is ignored without a language. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddressCultureTest {

    private static final String CONTACT = "{\"Name\":\"Culture Inc\",\"Address\":{\"Postal\":{\"Address1\":\"Box 1\","
            + "\"City\":\"Springfield\",\"State\":\"IL\",\"Zipcode\":\"62701\"}}}";

    private static final Authenticator ANYONE = new Authenticator() {
        @Override
        public Optional<Principal> authenticate(HttpServletRequest request) {
            return Optional.of(Principal.administrator("admin", 1));
        }

        @Override
        public List<String> challenges() {
            return List.of("Basic");
        }
    };

    private ServletServer server;
    private ApiClient client;
    private String path;

    @BeforeAll
    void start() {
        ContactService contacts = new ContactService(new InMemoryContactRepository(), new SampleLists(),
                CustomFieldCatalog.open(), Clock.systemUTC());
        server = ServletServer.start("/", ContactApiServlet.builder(contacts).authenticator(ANYONE).build());
        client = server.client();
        path = "/api/v1/Contact/" + client.postJson("/api/v1/Contact", CONTACT).json().get("ContactId");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void getWritesTheFormattedAddressInTheAskedCulture() {
        Reply us = get("en", "en-US");
        Reply norwegian = get("en", "nb");
        Reply british = get("en", "en-GB");

        assertEquals("Box 1\nSpringfield, IL 62701", formatted(us));
        assertEquals("Box 1\nSpringfield, IL 62701", postalFormatted(us));
        assertEquals("Box 1\n62701 Springfield\nIL", formatted(norwegian));
        assertEquals("Box 1\nSpringfield\nIL\n62701", formatted(british));
    }

    @Test
    void soCultureIsIgnoredWithoutALanguageAndTheLanguageIsTheCultureWithoutSoCulture() {
        assertEquals("Box 1\n62701 Springfield\nIL", formatted(get(null, "en-US")));
        assertEquals("Box 1\n62701 Springfield\nIL", formatted(get(null, "klingon!")));
        assertEquals("Box 1\nSpringfield, IL 62701", formatted(get("en", null)));
        assertEquals("Box 1\n62701 Springfield\nIL", formatted(get("no", null)));
    }

    @Test
    void withoutSoCultureTheRegionOfTheAskedLanguageTagPicksTheCulture() {
        Reply britishLanguage = client.call("GET", path).header("SO-Language", "en-GB").send();
        Reply britishAccepted = client.call("GET", path).header("Accept-Language", "de;q=0.5, en-GB").send();
        Reply usAccepted = client.call("GET", path).header("Accept-Language", "en-us").send();

        assertEquals("Box 1\nSpringfield\nIL\n62701", formatted(britishLanguage));
        assertEquals("Box 1\nSpringfield\nIL\n62701", formatted(britishAccepted));
        assertEquals("Box 1\nSpringfield, IL 62701", formatted(usAccepted));
    }

    @Test
    void writeAnswersAreFormattedInTheAskedCultureToo() {
        Reply created = client.call("POST", "/api/v1/Contact").header("SO-Language", "en")
                .header("SO-Culture", "en-US").body(CONTACT, "application/json").send();
        Reply replaced = client.call("PUT", path).header("SO-Language", "en").header("SO-Culture", "en-GB")
                .body(CONTACT, "application/json").send();

        assertEquals("Box 1\nSpringfield, IL 62701", formatted(created));
        assertEquals("Box 1\nSpringfield\nIL\n62701", formatted(replaced));
    }

    @Test
    void cultureThatIsNoneIsRefusedNamingSoCulture() {
        for (String bad : List.of("klingon!", "xx", "en-XX", "en_US_POSIX")) {
            Reply refused = get("en", bad);

            assertEquals(400, refused.status(), refused::toString);
            assertEquals("SO-Culture", ((Map<?, ?>) ((List<?>) refused.json().get("errors")).get(0)).get("path"));
        }
    }

    private Reply get(String language, String culture) {
        ApiClient.Call call = client.call("GET", path);
        if (language != null) {
            call.header("SO-Language", language);
        }
        if (culture != null) {
            call.header("SO-Culture", culture);
        }
        return call.send();
    }

    private static String formatted(Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return (String) ((Map<?, ?>) reply.json().get("Address")).get("Formatted");
    }

    private static String postalFormatted(Reply reply) {
        Map<?, ?> address = (Map<?, ?>) reply.json().get("Address");
        return (String) ((Map<?, ?>) address.get("Postal")).get("Formatted");
    }
}
