package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static io.contactkit.serialization.Fixtures.jsonTree;
import static io.contactkit.serialization.Fixtures.written;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.testing.SeedSamples;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Every contact body of the seed pages, requests and responses, through every format. */
class SeedBodiesTest {

    /** The seed samples were generated in Oslo: written in that zone, their date-times come out as they went in. */
    private static final ZoneId SEED_ZONE = ZoneId.of("Europe/Oslo");

    private final WireFormat wire = new WireFormat();

    static List<Arguments> seedContactBodies() {
        List<Arguments> bodies = new ArrayList<>();
        for (String page : SeedSamples.CONTACT_PAGES) {
            bodies.add(Arguments.of(page + " request", SeedSamples.request(page)));
        }
        for (String page : SeedSamples.ALL_PAGES) {
            bodies.add(Arguments.of(page + " response", SeedSamples.response(page)));
        }
        return bodies;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedContactBodies")
    void seedBodyReadsAndWritesBackTheSameProperties(String name, String json) {
        ContactEntity contact = wire.readContact(body(json), "application/json; charset=utf-8");

        String written = json(contact, SEED_ZONE);

        JsonTrees.assertEquivalent(jsonTree(json), jsonTree(written));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedContactBodies")
    void seedBodyWrittenAsXmlReadsBackEqual(String name, String json) {
        ContactEntity contact = wire.readContact(body(json), "application/json");

        String xml = written(out -> wire.writeContact(contact, Selection.all(), ZoneOffset.UTC,
                ResponseType.APPLICATION_XML, out));

        assertEquals(contact, wire.readContact(body(xml), "application/xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedContactBodies")
    void seedBodyGoesFromJsonThroughXmlToTheSameJson(String name, String json) {
        ContactEntity fromJson = wire.readContact(body(json), "text/json");
        String xml = written(out -> wire.writeContact(fromJson, Selection.all(), SEED_ZONE, ResponseType.TEXT_XML,
                out));

        ContactEntity fromXml = wire.readContact(body(xml), "text/xml");

        assertEquals(json(fromJson, SEED_ZONE), json(fromXml, SEED_ZONE));
    }

    @Test
    void writtenResponseChangedAndSentBackIsReadAsARequest() {
        ContactEntity stored = wire.readContact(body(SeedSamples.response(SeedSamples.PUT_CONTACT)), "application/json");
        String got = written(out -> wire.writeContact(stored, Fixtures.links(stored),
                Selection.all(), ZoneOffset.UTC, ResponseType.APPLICATION_JSON, out));
        ObjectNode edited = (ObjectNode) jsonTree(got);
        edited.put("Department", "Sales");

        ContactEntity put = wire.readContact(body(edited.toString()), "application/json");

        assertEquals(stored.toBuilder().department("Sales").build(), put);
    }

    @Test
    void writtenXmlResponseWithLinksIsReadBackAsTheContact() {
        ContactEntity stored = wire.readContact(body(SeedSamples.response(SeedSamples.POST_CONTACT)), "application/json");
        String got = written(out -> wire.writeContact(stored, Fixtures.links(stored),
                Selection.all(), ZoneOffset.UTC, ResponseType.APPLICATION_XML, out));

        assertEquals(stored, wire.readContact(body(got), "application/xml"));
    }

    private String json(ContactEntity contact, ZoneId zone) {
        return written(out -> wire.writeContact(contact, Selection.all(), zone, ResponseType.APPLICATION_JSON, out));
    }
}
