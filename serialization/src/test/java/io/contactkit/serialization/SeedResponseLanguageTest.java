package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static io.contactkit.serialization.Fixtures.jsonTree;
import static io.contactkit.serialization.Fixtures.written;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.SampleLists;
import io.contactkit.domain.testing.SeedSamples;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * The seed pages' response bodies, stored and presented through the core in a language, then written: list item
 * names come in that language, or in the default language where an item has no name in it.
 */
class SeedResponseLanguageTest {

    private static final Principal ADMIN = Principal.administrator("admin", 1);

    private final WireFormat wire = new WireFormat();
    private final InMemoryContactRepository repository = new InMemoryContactRepository();
    private final ContactService service = new ContactService(repository, new SampleLists(),
            CustomFieldCatalog.open(), Clock.systemUTC());

    static List<String> responsePages() {
        return SeedSamples.ALL_PAGES;
    }

    @ParameterizedTest
    @MethodSource("responsePages")
    void listNamesOfASeedResponseAreWrittenInTheCallersLanguage(String page) {
        int id = stored(page);

        JsonNode norwegian = presented(id, "no");
        JsonNode byDefault = presented(id, "");

        assertEquals(List.of("Detaljhandel", "Leverandør", "Norge", "Høy", "Norsk"), listNames(norwegian));
        assertEquals(List.of("Golf", "Seiling", "Messer", "Nyhetsbrev"), interestNames(norwegian));
        assertEquals(List.of("Retail", "Supplier", "Norway", "High", "Norwegian"), listNames(byDefault));
        assertEquals(List.of("Golf", "Sailing", "Fairs", "Newsletter"), interestNames(byDefault));
        assertEquals(seedName(page), norwegian.get("Name").stringValue());
    }

    @ParameterizedTest
    @MethodSource("responsePages")
    void itemsWithoutANameInTheLanguageFallBackToTheDefaultLanguage(String page) {
        JsonNode german = presented(stored(page), "de");

        assertEquals(List.of("Einzelhandel", "Lieferant", "Norwegen", "Hoch", "Norwegian"), listNames(german));
        assertEquals(List.of("Golf", "Segeln", "Messen", "Newsletter"), interestNames(german));
    }

    @ParameterizedTest
    @MethodSource("responsePages")
    void xmlCarriesTheSameLanguage(String page) {
        ContactEntity contact = service.get(stored(page), new Caller(ADMIN, "nb"));

        Document xml = XmlFormatTest.dom(written(out -> wire.writeContact(contact, Selection.all(), ZoneOffset.UTC,
                ResponseType.APPLICATION_XML, out)));

        assertEquals("Leverandør", XmlFormatTest.text(xml, "/ContactEntity/Category/Value"));
        assertEquals("Norge", XmlFormatTest.text(xml, "/ContactEntity/Country/Name"));
        assertEquals("Nyhetsbrev", XmlFormatTest.text(xml, "/ContactEntity/Interests/SelectableMDOListItem[4]/Name"));
    }

    /**
     * The seed response as the store holds it, with its list references (null on every seed page) pointed at items
     * that have names in every language; the interests are the seed's own.
     */
    private int stored(String page) {
        ContactEntity seed = wire.readContact(body(SeedSamples.response(page)), "application/json");
        ContactEntity referencing = seed.toBuilder()
                .business(item(2)).category(item(2)).ticketPriority(item(2)).customerLanguage(item(2))
                .country(Country.builder().countryId(1).build())
                .build();
        return repository.insert(referencing).entity().contactId();
    }

    private JsonNode presented(int id, String language) {
        ContactEntity contact = service.get(id, new Caller(ADMIN, language));
        return jsonTree(written(out -> wire.writeContact(contact, Selection.all(), ZoneOffset.UTC,
                ResponseType.APPLICATION_JSON, out)));
    }

    private String seedName(String page) {
        return wire.readContact(body(SeedSamples.response(page)), "application/json").name();
    }

    private static ListItem item(int id) {
        return new ListItem(id, "", "");
    }

    private static List<String> listNames(JsonNode contact) {
        return List.of(contact.get("Business").get("Value").stringValue(),
                contact.get("Category").get("Value").stringValue(),
                contact.get("Country").get("Name").stringValue(),
                contact.get("TicketPriority").get("Value").stringValue(),
                contact.get("CustomerLanguage").get("Value").stringValue());
    }

    private static List<String> interestNames(JsonNode contact) {
        List<String> names = new ArrayList<>();
        contact.get("Interests").forEach(interest -> names.add(interest.get("Name").stringValue()));
        return names;
    }
}
