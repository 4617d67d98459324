package io.contactkit.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.contactkit.domain.Caller;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.FoundContact;
import io.contactkit.domain.port.SearchCondition;
import io.contactkit.domain.port.SearchQuery;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.Contacts;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.SampleLists;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes the {@code $filter} parser with any text: it is refused naming {@code $filter} and a character within the
 * text (or just after it), or it parses, the same way every time, into a condition a store evaluates on a fully
 * filled contact; nothing else may escape. In {@code mvn verify} this replays the committed inputs under
 * {@code FilterParserFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} it fuzzes (see FUZZING.md).
 */
class FilterParserFuzzTest {

    /** One line: a message never carries the client's line breaks. */
    private static final Pattern POSITION = Pattern.compile("^at character (\\d+): [^\\n\\r]+$");
    private static final FilterContext CONTEXT = new FilterContext(ZoneId.of("Europe/Oslo"),
            Instant.parse("2024-05-15T08:00:00Z"), 1);
    private static final InMemoryContactRepository STORE = new InMemoryContactRepository();
    private static final ContactArchive ARCHIVE = new ContactArchive(STORE, new SampleLists(),
            Clock.fixed(CONTEXT.now(), ZoneOffset.UTC));
    private static final Caller CALLER = Caller.of(Principal.administrator("admin", 1));

    static {
        STORE.insert(Contacts.fullyFilled());
        STORE.insert(ContactEntity.builder().build());
    }

    @FuzzTest
    void anyFilterIsParsedOrRefusedAtACharacter(byte[] input) {
        String filter = new String(input, StandardCharsets.UTF_8);
        SearchCondition condition;
        try {
            condition = FilterParser.parse(filter, CONTEXT);
        } catch (InvalidInputException refused) {
            assertEquals(1, refused.violations().size());
            Violation violation = refused.violations().get(0);
            assertEquals("$filter", violation.path());
            Matcher position = POSITION.matcher(violation.message());
            assertTrue(position.matches(), violation.message());
            int at = Integer.parseInt(position.group(1));
            assertTrue(at >= 1 && at <= Math.min(filter.length(), FilterParser.MAX_LENGTH) + 1,
                    "character " + at + " of " + filter.length());
            return;
        }
        assertFalse(filter.length() > FilterParser.MAX_LENGTH, "a filter over the limit is refused");
        assertEquals(condition, FilterParser.parse(filter, CONTEXT), "the same filter, the same condition");
        ArchivePage page = ARCHIVE.find(new ArchiveRequest(null, filter, null, null, null, null, CONTEXT.zone()),
                CALLER);
        List<FoundContact> complement = STORE.search(new SearchQuery(List.of(), new SearchCondition.Not(condition),
                List.of(), null, 0, 10));
        assertEquals(2, page.rows().size() + complement.size(), "a filter and its negation split the store");
    }
}
