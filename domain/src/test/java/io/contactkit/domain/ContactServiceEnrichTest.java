package io.contactkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.ForbiddenException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.NotFoundException;
import io.contactkit.domain.failure.UpstreamFailureException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.Country;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.CompanyRecord;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.EnrichmentProvider;
import io.contactkit.domain.port.EnrichmentQuery;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.MutableClock;
import io.contactkit.domain.testing.SampleLists;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactServiceEnrichTest {

    private static final CompanyRecord ACME = new CompanyRecord("no-914778271", "Acme AS", "914778271",
            StructuredAddress.builder().address1("Postboks 42").zipcode("0101").city("Oslo").build(),
            StructuredAddress.builder().address1("Storgata 5").zipcode("0155").city("Oslo").build(),
            List.of("+47 22 12 34 56"), List.of("post@acme.example"), List.of("acme.example"));

    private final InMemoryContactRepository repository = new InMemoryContactRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-04T10:15:30Z"));
    private final List<EnrichmentQuery> queries = new ArrayList<>();
    private EnrichmentProvider provider = query -> Optional.of(ACME);
    private final ContactService service = new ContactService(repository, new SampleLists(),
            CustomFieldCatalog.open(), query -> {
                queries.add(query);
                return provider.lookup(query);
            }, clock);
    private final Caller admin = Caller.of(Principal.administrator("admin", 1));
    private final Caller reader = Caller.of(Principal.readOnly("reader", 2));

    @Test
    void enrichAnswersTheMergedContactAndSavesNothing() {
        ContactEntity stored = service.create(acme(), admin).contact();

        ContactEntity enriched = service.enrich(stored, null, false, admin).contact();

        assertEquals(List.of("+4722123456"), strippedValues(enriched.phones()));
        assertEquals("Postboks 42\n0101 Oslo", enriched.address().formatted());
        assertEquals("FULL", enriched.tableRight().mask());
        assertEquals(stored, service.get(stored.contactId(), admin).contact());
    }

    @Test
    void enrichWithSaveStoresTheEnrichedContactThroughTheUpdateRules() {
        ContactEntity stored = service.create(acme(), admin).contact();
        clock.advance(Duration.ofMinutes(1));

        ContactEntity saved = service.enrich(stored, null, true, admin).contact();

        assertEquals(saved, service.get(stored.contactId(), admin).contact());
        assertEquals(List.of("post@acme.example"), strippedValues(saved.emails()));
        assertEquals("Storgata 5\n0155 Oslo", saved.address().street().formatted());
        assertNotEquals(stored.updatedDate(), saved.updatedDate());
    }

    @Test
    void enrichWithSaveRefusesWhatSaveRefusesAndStoresNothing() {
        ContactEntity stored = service.create(acme(), admin).contact();
        provider = query -> Optional.of(new CompanyRecord("x", "Acme AS", null, null, null, List.of(),
                List.of("not an email"), List.of()));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> service.enrich(stored, null, true, admin).contact());

        assertEquals("Emails[0].Value", refused.violations().get(0).path());
        assertEquals(stored, service.get(stored.contactId(), admin).contact());
    }

    @Test
    void saveIsOnlyForAStoredContact() {
        InvalidInputException unstored = assertThrows(InvalidInputException.class,
                () -> service.enrich(acme(), null, true, admin).contact());
        assertEquals("ContactId", unstored.violations().get(0).path());
        assertThrows(InvalidInputException.class, () -> service.enrich(null, "no-914778271", true, admin).contact());
        assertTrue(queries.isEmpty());

        NotFoundException gone = assertThrows(NotFoundException.class,
                () -> service.enrich(acme().toBuilder().contactId(77).build(), null, true, admin).contact());
        assertEquals("Contact", gone.entity());
        assertEquals(0, repository.size());
    }

    @Test
    void readOnlyUserMayEnrichButNotSave() {
        ContactEntity stored = service.create(acme(), admin).contact();

        assertEquals(1, service.enrich(stored, null, false, reader).contact().phones().size());
        assertThrows(ForbiddenException.class, () -> service.enrich(stored, null, true, reader).contact());
        assertEquals(1, queries.size());
        assertEquals(stored, service.get(stored.contactId(), admin).contact());
    }

    @Test
    void unknownCompanyIsNotFound() {
        provider = query -> Optional.empty();

        NotFoundException notFound = assertThrows(NotFoundException.class,
                () -> service.enrich(acme(), null, false, admin).contact());

        assertEquals("Company", notFound.entity());
        assertTrue(notFound.getMessage().contains("OrgNr '914778271'"), notFound.getMessage());
    }

    @Test
    void providerFailureReachesTheCallerAndChangesNothing() {
        ContactEntity stored = service.create(acme(), admin).contact();
        provider = query -> {
            throw new UpstreamFailureException("enrichment endpoint did not answer within 5s", true, null);
        };

        UpstreamFailureException slow = assertThrows(UpstreamFailureException.class,
                () -> service.enrich(stored, null, true, admin).contact());

        assertTrue(slow.timedOut());
        assertEquals(stored, service.get(stored.contactId(), admin).contact());
    }

    @Test
    void providerBugIsReportedAsUpstreamFailure() {
        provider = query -> {
            throw new IllegalStateException("index corrupt");
        };

        UpstreamFailureException failure = assertThrows(UpstreamFailureException.class,
                () -> service.enrich(acme(), null, false, admin).contact());

        assertTrue(failure.getMessage().contains("index corrupt"), failure.getMessage());
        assertEquals(false, failure.timedOut());
    }

    @Test
    void withoutContactTheEnrichIdsCompanyAnswersAsANewUnsavedContact() {
        ContactEntity fresh = service.enrich(null, "no-914778271", false, admin).contact();

        assertEquals(new EnrichmentQuery("no-914778271", null, List.of(), null, null), queries.get(0));
        assertEquals(0, fresh.contactId());
        assertEquals("Acme AS", fresh.name());
        assertEquals("914778271", fresh.orgNr());
        assertEquals("ADMIN", fresh.associate().name());
        assertEquals("Postboks 42\n0101 Oslo", fresh.address().formatted());
        assertEquals(List.of("+4722123456"), strippedValues(fresh.phones()));
        assertEquals(List.of("post@acme.example"), strippedValues(fresh.emails()));
        assertEquals(List.of("acme.example"), fresh.domains());
        assertEquals(0, repository.size());
    }

    @Test
    void queryKnowsTheCountryCodeOfACountrySentByIdOnly() {
        service.enrich(acme().toBuilder().country(Country.builder().countryId(2).build()).build(), null, false,
                admin);

        assertEquals(new EnrichmentQuery(null, "914778271", List.of(), "Acme AS", "SE"), queries.get(0));
    }

    @Test
    void serviceBuiltWithoutAProviderAnswersEnrichmentAsUpstreamFailure() {
        ContactService plain = new ContactService(repository, new SampleLists(), CustomFieldCatalog.open(), clock);

        assertThrows(UpstreamFailureException.class, () -> plain.enrich(acme(), null, false, admin).contact());
    }

    private static ContactEntity acme() {
        return ContactEntity.builder().name("Acme AS").orgNr("914778271").build();
    }

    private static List<String> strippedValues(List<EntityElement> elements) {
        return elements.stream().map(EntityElement::strippedValue).toList();
    }
}
