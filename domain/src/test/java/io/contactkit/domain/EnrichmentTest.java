package io.contactkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.Address;
import io.contactkit.domain.model.Associate;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.CompanyRecord;
import io.contactkit.domain.port.EnrichmentQuery;
import io.contactkit.domain.testing.Contacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnrichmentTest {

    private static final StructuredAddress COMPANY_STREET = StructuredAddress.builder()
            .address1("Storgata 5").zipcode("0155").city("Oslo").build();
    private static final StructuredAddress COMPANY_POSTAL = StructuredAddress.builder()
            .address1("Postboks 42").zipcode("0101").city("Oslo").build();

    @Test
    void emptyAddressPartsAreFilledAndWhatTheUserEnteredIsKept() {
        ContactEntity contact = named("Acme").address(Address.builder()
                .wgs84Latitude(59.9)
                .street(StructuredAddress.builder().atypeIdx("ContactStreetAddress").address1("Kirkeveien 1")
                        .city("  ").build())
                .build()).build();

        Address address = Enrichment.merged(contact, company(COMPANY_STREET, COMPANY_POSTAL)).address();

        assertEquals(StructuredAddress.builder().atypeIdx("ContactStreetAddress").address1("Kirkeveien 1")
                .zipcode("0155").city("Oslo").build(), address.street());
        assertEquals(COMPANY_POSTAL, address.postal());
        assertEquals(59.9, address.wgs84Latitude());
    }

    @Test
    void contactWithoutAddressGetsTheCompanysAddress() {
        Address address = Enrichment.merged(named("Acme").build(), company(COMPANY_STREET, null)).address();

        assertEquals(COMPANY_STREET, address.street());
        assertNull(address.postal());
    }

    @Test
    void companyWithoutAddressLeavesTheAddressAlone() {
        StructuredAddress blank = StructuredAddress.builder().city(" ").build();

        assertNull(Enrichment.merged(named("Acme").build(), company(blank, null)).address());
    }

    @Test
    void phonesWithANewStrippedValueAreAppendedAfterTheExistingOnes() {
        EntityElement own = EntityElement.builder().value("+47 22 12 34 56").strippedValue("forged")
                .description("Main").build();
        ContactEntity contact = named("Acme").phones(List.of(own)).build();
        CompanyRecord company = new CompanyRecord("e1", "Acme", null, null, null,
                List.of("+47 (22) 12-34-56", " 22 99 88 77 ", "22998877", "n/a", ""), List.of(), List.of());

        List<EntityElement> phones = Enrichment.merged(contact, company).phones();

        assertEquals(List.of(own, EntityElement.builder().value("22 99 88 77").strippedValue("22998877").build()),
                phones);
    }

    @Test
    void emailsAreComparedTrimmedAndIgnoringCase() {
        EntityElement own = EntityElement.builder().value("Post@Acme.Example").build();
        ContactEntity contact = named("Acme").emails(List.of(own)).build();
        CompanyRecord company = new CompanyRecord("e1", "Acme", null, null, null, List.of(),
                List.of(" post@acme.example", "Sales@Acme.example", "sales@acme.example"), List.of());

        List<EntityElement> emails = Enrichment.merged(contact, company).emails();

        assertEquals(List.of(own, EntityElement.builder().value("Sales@Acme.example")
                .strippedValue("sales@acme.example").build()), emails);
    }

    @Test
    void webDomainsAreAppendedUnlessPresentIgnoringCase() {
        ContactEntity contact = named("Acme").domains(List.of("Acme.example")).build();
        CompanyRecord company = new CompanyRecord("e1", "Acme", null, null, null, List.of(), List.of(),
                List.of("acme.EXAMPLE", " acme.no ", "ACME.NO", " "));

        assertEquals(List.of("Acme.example", "acme.no"), Enrichment.merged(contact, company).domains());
    }

    @Test
    void everythingButAddressPhonesEmailsAndDomainsIsUntouched() {
        ContactEntity contact = Contacts.fullyFilled().toBuilder().address(null).build();
        CompanyRecord company = new CompanyRecord("e1", "Another Name AS", "999888777", COMPANY_POSTAL,
                COMPANY_STREET, List.of("+1 555 0100"), List.of("new@another.example"), List.of("another.example"));

        ContactEntity merged = Enrichment.merged(contact, company);

        assertEquals(contact, merged.toBuilder().address(null).phones(contact.phones()).emails(contact.emails())
                .domains(contact.domains()).build());
        assertEquals(contact.phones().size() + 1, merged.phones().size());
        assertEquals(contact.emails().size() + 1, merged.emails().size());
        assertEquals(contact.domains().size() + 1, merged.domains().size());
    }

    @Test
    void contactThatHasEverythingIsAnsweredUnchanged() {
        ContactEntity contact = named("Acme")
                .address(Address.builder().street(COMPANY_STREET).postal(COMPANY_POSTAL).build())
                .phones(List.of(EntityElement.builder().value("22 12 34 56").build()))
                .emails(List.of(EntityElement.builder().value("post@acme.example").build()))
                .domains(List.of("acme.example"))
                .build();
        CompanyRecord company = new CompanyRecord("e1", "Acme", "1", COMPANY_POSTAL, COMPANY_STREET,
                List.of("22123456"), List.of("POST@acme.example"), List.of("ACME.example"));

        assertEquals(contact, Enrichment.merged(contact, company));
    }

    @Test
    void newContactIsNamedAfterTheCompanyAndHasAllItKnows() {
        ContactEntity blank = ContactEntity.builder().name("").associate(Associate.builder().associateId(1).build())
                .build();
        CompanyRecord company = new CompanyRecord("e1", "Acme AS", "914778271", COMPANY_POSTAL, COMPANY_STREET,
                List.of("+47 22 12 34 56"), List.of("post@acme.example"), List.of("acme.example"));

        ContactEntity fresh = Enrichment.newContact(blank, company);

        assertEquals("Acme AS", fresh.name());
        assertEquals("914778271", fresh.orgNr());
        assertEquals(1, fresh.associate().associateId());
        assertEquals(COMPANY_POSTAL, fresh.address().postal());
        assertEquals(COMPANY_STREET, fresh.address().street());
        assertEquals("+4722123456", fresh.phones().get(0).strippedValue());
        assertEquals("post@acme.example", fresh.emails().get(0).value());
        assertEquals(List.of("acme.example"), fresh.domains());
    }

    @Test
    void enrichIdIsTheWholeQueryWhenGiven() {
        ContactEntity contact = named("Acme").orgNr("914778271").domains(List.of("acme.example")).build();

        assertEquals(new EnrichmentQuery("no-1", null, List.of(), null, null),
                Enrichment.query(contact, " no-1 "));
        assertEquals(new EnrichmentQuery("no-1", null, List.of(), null, null), Enrichment.query(null, "no-1"));
    }

    @Test
    void withoutEnrichIdTheQueryGoesByOrgNrThenWebDomainsThenNameAndCountry() {
        ContactEntity contact = named(" Acme AS ").orgNr(" 914 778 271 ")
                .urls(List.of(element("https://www.Acme.example:8443/about?lang=no"), element("not a web address")))
                .emails(List.of(element("post@acme.example"), element("Sales@Mail.Acme.example "),
                        element("no-domain")))
                .domains(List.of("ACME.no", "acme.example"))
                .country(Country.builder().countryId(1).twoLetterISOCountry("no").build())
                .build();

        EnrichmentQuery query = Enrichment.query(contact, "  ");

        assertEquals(new EnrichmentQuery(null, "914 778 271", List.of("acme.example", "mail.acme.example", "acme.no"),
                "Acme AS", "NO"), query);
    }

    @Test
    void queryLeavesOutWhatTheContactDoesNotHave() {
        ContactEntity contact = named("Acme").country(Country.builder().countryId(1).build()).build();

        assertEquals(new EnrichmentQuery(null, null, List.of(), "Acme", null), Enrichment.query(contact, null));
    }

    @Test
    void nothingToLookUpByIsRefusedNamingWhatIsMissing() {
        InvalidInputException noContact = assertThrows(InvalidInputException.class,
                () -> Enrichment.query(null, " "));
        assertEquals("EnrichId", noContact.violations().get(0).path());

        ContactEntity empty = named(" ").urls(List.of(element("localhost"))).build();
        InvalidInputException emptyContact = assertThrows(InvalidInputException.class,
                () -> Enrichment.query(empty, null));
        assertEquals(List.of("ContactEntity"), emptyContact.violations().stream().map(Violation::path).toList());
    }

    @Test
    void notFoundSaysWhatWasLookedFor() {
        NotFoundException notFound = Enrichment.notFound(new EnrichmentQuery(null, "914778271",
                List.of("acme.example", "acme.no"), "Acme", "NO"));

        assertEquals("Company", notFound.entity());
        assertEquals("no company is known by OrgNr '914778271' or web domain 'acme.example', 'acme.no'"
                + " or Name 'Acme' in NO", notFound.getMessage());
    }

    private static ContactEntity.Builder named(String name) {
        return ContactEntity.builder().name(name);
    }

    private static EntityElement element(String value) {
        return EntityElement.builder().value(value).build();
    }

    private static CompanyRecord company(StructuredAddress street, StructuredAddress postal) {
        return new CompanyRecord("e1", "Acme", null, postal, street, List.of(), List.of(), List.of());
    }
}
