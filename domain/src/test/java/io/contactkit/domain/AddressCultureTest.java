package io.contactkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.MutableClock;
import io.contactkit.domain.testing.SampleLists;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The formatted address is written for the caller's culture whenever a contact is presented, not when stored. */
class AddressCultureTest {

    private static final Principal ADMIN = Principal.administrator("admin", 1);

    private final ContactService service = new ContactService(new InMemoryContactRepository(), new SampleLists(),
            CustomFieldCatalog.open(), new MutableClock(Instant.parse("2026-03-04T10:15:30Z")));

    private final int id = service.create(ContactEntity.builder().name("Culture AS")
            .address(Address.builder()
                    .postal(StructuredAddress.builder().address1("Box 1").city("Springfield").state("IL")
                            .zipcode("62701").build())
                    .street(StructuredAddress.builder().address1("Storgata 1").city("Oslo").zipcode("0155").build())
                    .build())
            .build(), Caller.of(ADMIN)).contact().contactId();

    @Test
    void invariantAndContinentalCulturesPutTheZipcodeBeforeTheCity() {
        Address invariant = service.get(id, Caller.of(ADMIN)).contact().address();
        Address norwegian = service.get(id, new Caller(ADMIN, "no", culture("nb"))).contact().address();

        assertEquals("Box 1\n62701 Springfield\nIL", invariant.formatted());
        assertEquals("Storgata 1\n0155 Oslo", invariant.street().formatted());
        assertEquals(invariant, norwegian);
        assertEquals(invariant, service.get(id, new Caller(ADMIN, "de")).contact().address());
    }

    @Test
    void usCultureWritesCityStateAndZipcodeOnOneLine() {
        Address us = service.get(id, new Caller(ADMIN, "en", culture("en-US"))).contact().address();

        assertEquals("Box 1\nSpringfield, IL 62701", us.formatted());
        assertEquals("Box 1\nSpringfield, IL 62701", us.postal().formatted());
        assertEquals("Storgata 1\nOslo, 0155", us.street().formatted());
        assertEquals(us, service.get(id, new Caller(ADMIN, "en")).contact().address(),
                "English without region is US-style");
    }

    @Test
    void britishCultureWritesCityAndPostcodeOnSeparateLines() {
        Address british = service.get(id, new Caller(ADMIN, "en", culture("en-gb"))).contact().address();

        assertEquals("Box 1\nSpringfield\nIL\n62701", british.formatted());
        assertEquals("Storgata 1\nOslo\n0155", british.street().formatted());
    }

    @Test
    void cultureCodesAreLanguagesWithAnOptionalRegionThatExist() {
        assertEquals("en-US", culture("EN-us").tag());
        assertEquals("nb", culture("nb").tag());
        assertTrue(Culture.parse("xx").isEmpty());
        assertTrue(Culture.parse("en-XX").isEmpty());
        assertTrue(Culture.parse("klingon!").isEmpty());
        assertEquals(Culture.INVARIANT, Culture.forLanguage(""));
        assertEquals(Optional.of(Culture.forLanguage("de")), Culture.parse("de"));
    }

    @Test
    void askedCultureCountsOnlyWithALanguageAndTheLanguageTagDecidesWithoutOne() {
        assertEquals(Optional.of(culture("en-US")), Culture.requested("nb", "en-US"));
        assertEquals(Optional.of(Culture.INVARIANT), Culture.requested("", "en-US"));
        assertEquals(Optional.of(Culture.INVARIANT), Culture.requested("", "klingon!"));
        assertEquals(Optional.of(culture("en-GB")), Culture.requested("en-GB", null));
        assertEquals(Optional.of(culture("zh")), Culture.requested("zh-Hant-TW", " "));
        assertEquals(Optional.empty(), Culture.requested("en", "en-XX"));
    }

    private static Culture culture(String code) {
        return Culture.parse(code).orElseThrow();
    }
}
