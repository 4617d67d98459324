package io.contactkit.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.Caller;
import io.contactkit.domain.failure.ForbiddenException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.SampleLists;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The options besides {@code $filter}: refused naming the option and the character at fault. */
class ArchiveParametersTest {

    private final ContactArchive archive = new ContactArchive(new InMemoryContactRepository(), new SampleLists(),
            Clock.systemUTC());
    private final Caller caller = Caller.of(Principal.administrator("admin", 1));

    @Test
    void topBeyondTheMaximumIsRefused() {
        assertRefused(request(null, null, "1001", null, null), "$top", 1, "at most 1000 rows");
        assertRefused(request(null, null, "-1", null, null), "$top", 1, "not a whole number");
        assertRefused(request(null, null, null, "ten", null), "$skip", 1, "not a whole number");
    }

    @Test
    void unknownOrUnsortableColumnsAreRefusedAtTheirPosition() {
        assertRefused(request("name, departmnet", null, null, null, null), "$select", 7, "unknown column 'departmnet'");
        assertRefused(request("name,,department", null, null, null, null), "$select", 6, "expected a column name");
        assertRefused(request(null, "name asc, phone/formattedNumber", null, null, null), "$orderBy", 11,
                "cannot sort by phone/formattedNumber");
        assertRefused(request(null, "name upward", null, null, null), "$orderBy", 6, "asc or desc");
    }

    @Test
    void aTokenThatDoesNotContinueTheOrderIsRefused() {
        String token = SkipToken.encode(new io.contactkit.domain.port.SearchPosition(java.util.List.of("abc"), 5));

        assertRefused(request(null, "contactId", null, null, token), "$skiptoken", 1, "does not continue");
        assertRefused(request(null, null, null, null, "%%%"), "$skiptoken", 1, "not written by this server");
        assertEquals(0, archive.find(request(null, "name", null, null, token), caller).rows().size());
    }

    @Test
    void aUserWithoutReadRightsFindsNothing() {
        Caller nobody = Caller.of(new Principal("nobody", 0, Set.of()));

        assertThrows(ForbiddenException.class, () -> archive.find(request(null, null, null, null, null), nobody));
    }

    private static ArchiveRequest request(String select, String orderBy, String top, String skip, String token) {
        return new ArchiveRequest(select, null, orderBy, top, skip, token, ZoneOffset.UTC);
    }

    private void assertRefused(ArchiveRequest request, String parameter, int position, String part) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> archive.find(request, caller));
        Violation violation = refused.violations().get(0);
        assertEquals(parameter, violation.path());
        assertTrue(violation.message().startsWith("at character " + position + ": "), violation.message());
        assertTrue(violation.message().contains(part), violation.message());
    }
}
