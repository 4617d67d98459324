package io.contactkit.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.Caller;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.ReferenceExamples;
import io.contactkit.domain.testing.ReferenceExamples.Example;
import io.contactkit.domain.testing.SampleLists;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every contact query the SuperOffice search pages show runs as written and finds what it says. */
class ReferenceExamplesTest {

    private final InMemoryContactRepository store = new InMemoryContactRepository();
    private final ContactArchive archive = new ContactArchive(store, new SampleLists(), Clock.systemUTC());
    private final Caller caller = Caller.of(Principal.administrator("admin", 1));

    @Test
    void everyContactExampleOfTheReferencePagesRuns() {
        store.insert(ContactEntity.builder().name("SuperOffice Software Limited").build());
        List<Example> examples = ReferenceExamples.all();

        assertTrue(examples.size() >= 30, examples.size() + " examples");
        for (Example example : examples) {
            ArchivePage page = archive.find(request(example), caller);
            if (example.option("$filter") == null && example.option("$skip") == null) {
                assertEquals(1, page.rows().size(), example.query());
            }
        }
    }

    @Test
    void theStringExamplesFindWhatTheyDescribe() {
        store.insert(ContactEntity.builder().name("SuperOffice Software Limited").build());
        store.insert(ContactEntity.builder().name("Owl").build());
        store.insert(ContactEntity.builder().name("Testing null Orgnr").build());

        assertEquals(List.of("SuperOffice Software Limited"), names("name begins 'S'"));
        assertEquals(List.of("Owl", "Testing null Orgnr"), names("name isNot 'SuperOffice Software Limited'"));
        assertEquals(List.of("SuperOffice Software Limited", "Owl"),
                names("name in ('SuperOffice Software Limited', 'Owl')"));
        assertEquals(List.of("Testing null Orgnr"), names("name contains 'Orgnr'"));
        assertEquals(List.of("SuperOffice Software Limited", "Owl"), names("name between ('A','S')"));
    }

    private List<String> names(String filter) {
        return archive.find(new ArchiveRequest("name", filter, null, null, null, null, ZoneOffset.UTC), caller)
                .rows().stream().map(row -> (String) row.cells().get(0).display()).toList();
    }

    private static ArchiveRequest request(Example example) {
        return new ArchiveRequest(example.option("$select"), example.option("$filter"), example.option("$orderBy"),
                example.option("$top"), example.option("$skip"), null, ZoneOffset.UTC);
    }
}
