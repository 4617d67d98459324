package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.testing.SeedSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichRequestTest {

    private final WireFormat wire = new WireFormat();

    @Test
    void seedEnrichRequestHasNoContactAndAnEnrichId() {
        EnrichRequest request = wire.readEnrichRequest(body(SeedSamples.request(SeedSamples.ENRICH_CONTACT_ENTITY)),
                "application/json; charset=utf-8");

        assertNull(request.contactEntity());
        assertEquals("non", request.enrichId());
    }

    @Test
    void enrichRequestCarriesAContactWhateverTheCaseOfItsNames() {
        EnrichRequest request = wire.readEnrichRequest(
                body("{\"contactentity\":{\"name\":\"Dare Group\"},\"ENRICHID\":\"e-1\"}"), "text/json");

        assertEquals("Dare Group", request.contactEntity().name());
        assertEquals("e-1", request.enrichId());
    }

    @Test
    void enrichRequestIsReadFromXml() {
        EnrichRequest request = wire.readEnrichRequest(body("<request><ContactEntity><Name>Dare Group</Name>"
                + "</ContactEntity><EnrichId>e-1</EnrichId></request>"), "application/xml");

        assertEquals("Dare Group", request.contactEntity().name());
        assertEquals("e-1", request.enrichId());
    }

    @Test
    void unknownPropertyInTheEnrichRequestIsRefusedWithItsPath() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> wire.readEnrichRequest(
                body("{\"ContactEntity\":{\"Name\":\"A\",\"Nmae\":\"B\"},\"EnrichId\":\"e\"}"), "application/json"));

        assertEquals(List.of("ContactEntity.Nmae"), ContactReadingTest.paths(refused));
    }

    @Test
    void enrichRequestAsAFormIsNotRead() {
        assertThrows(UnsupportedMediaTypeException.class,
                () -> wire.readEnrichRequest(body("EnrichId=e"), "application/x-www-form-urlencoded"));
    }
}
