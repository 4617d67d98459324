package io.contactkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.Preconditions.Versions;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.PreconditionFailedException;
import io.contactkit.domain.failure.Violation;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.MutableClock;
import io.contactkit.domain.testing.SampleLists;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conditional reads and writes (RFC 9110, section 13) as the core decides them, on a clock the test moves. */
class PreconditionsTest {

    private static final Instant START = Instant.parse("2026-03-04T10:15:30.100Z");

    private final InMemoryContactRepository repository = new InMemoryContactRepository();
    private final MutableClock clock = new MutableClock(START);
    private final ContactService service = new ContactService(repository, new SampleLists(),
            CustomFieldCatalog.open(), clock);
    private final Caller admin = Caller.of(Principal.administrator("admin", 1));

    @Test
    void everyWriteAnswersTheNextVersionAndAReadTheStoredOne() {
        ContactRevision created = service.create(named("Versioned"), admin);
        int id = created.contact().contactId();

        ContactRevision replaced = service.replace(id, named("Versioned AS"), Preconditions.none(), admin);
        ContactRevision patched = service.patch(id, seen -> seen.toBuilder().department("Sales").build(),
                Preconditions.none(), admin);

        assertEquals(List.of(1L, 2L, 3L), List.of(created.version(), replaced.version(), patched.version()));
        assertEquals(patched, service.get(id, admin));
    }

    @Test
    void ifMatchGrantsAWriteOnlyAtAVersionItNames() {
        int id = service.create(named("Matched"), admin).contact().contactId();
        service.replace(id, named("Second"), Preconditions.none(), admin);

        assertThrows(PreconditionFailedException.class, () -> service.replace(id, named("Lost"),
                Preconditions.none().ifMatch(Versions.of(List.of(1L))), admin));
        assertThrows(PreconditionFailedException.class, () -> service.delete(id,
                Preconditions.none().ifMatch(Versions.of(List.of())), admin));
        ContactRevision granted = service.replace(id, named("Third"),
                Preconditions.none().ifMatch(Versions.of(List.of(1L, 2L))), admin);
        ContactRevision anyVersion = service.replace(id, named("Fourth"),
                Preconditions.none().ifMatch(Versions.any()), admin);

        assertEquals("Third", granted.contact().name());
        assertEquals("Fourth", service.get(id, admin).contact().name());
        assertEquals(4, anyVersion.version());
    }

    @Test
    void ifMatchDecidesAloneWhereIfUnmodifiedSinceIsSentWithIt() {
        int id = service.create(named("Both"), admin).contact().contactId();
        clock.advance(Duration.ofSeconds(5));
        service.replace(id, named("Later"), Preconditions.none(), admin);

        ContactRevision granted = service.replace(id, named("Granted"), Preconditions.none()
                .ifMatch(Versions.of(List.of(2L))).ifUnmodifiedSince(START), admin);

        assertEquals("Granted", granted.contact().name());
    }

    @Test
    void ifNoneMatchRefusesAWriteAtAVersionItNamesAndAnswersAReadNotModified() {
        ContactRevision created = service.create(named("Cached"), admin);
        int id = created.contact().contactId();
        Preconditions current = Preconditions.none().ifNoneMatch(Versions.of(List.of(1L)));
        Preconditions stale = Preconditions.none().ifNoneMatch(Versions.of(List.of(7L)));

        assertThrows(PreconditionFailedException.class, () -> service.replace(id, named("x"), current, admin));
        assertThrows(PreconditionFailedException.class, () -> service.replace(id, named("x"),
                Preconditions.none().ifNoneMatch(Versions.any()), admin));
        assertTrue(current.notModified(service.get(id, current, admin)));
        assertFalse(stale.notModified(service.get(id, stale, admin)));
        assertEquals("Cached", service.get(id, admin).contact().name());
    }

    @Test
    void ifModifiedSinceCountsWholeSecondsAndGivesWayToIfNoneMatch() {
        ContactRevision created = service.create(named("Dated"), admin);
        Instant sameSecond = START.plusMillis(800);

        assertTrue(Preconditions.none().ifModifiedSince(sameSecond).notModified(created));
        assertFalse(Preconditions.none().ifModifiedSince(START.minusSeconds(1)).notModified(created));
        assertFalse(Preconditions.none().ifModifiedSince(sameSecond).ifNoneMatch(Versions.of(List.of(9L)))
                .notModified(created));
    }

    /**
     * The lost update of one second: A reads the new contact, B changes it within the same second, and A's write
     * guarded by the Last-Modified it saw must not overwrite B's.
     */
    @Test
    void ifUnmodifiedSinceRefusesAWriteWhenTheContactChangedTwiceWithinTheSecondItNames() {
        int id = service.create(named("Read by A"), admin).contact().contactId();
        Instant seenByA = START.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        clock.advance(Duration.ofMillis(300));
        service.replace(id, named("Written by B"), Preconditions.none(), admin);

        PreconditionFailedException refused = assertThrows(PreconditionFailedException.class,
                () -> service.replace(id, named("Written by A"), Preconditions.none().ifUnmodifiedSince(seenByA),
                        admin));

        assertTrue(refused.getMessage().contains("If-Match"), refused::getMessage);
        assertEquals("Written by B", service.get(id, admin).contact().name());
    }

    @Test
    void ifUnmodifiedSinceGrantsAWriteWhenTheContactChangedOnceWithinTheSecondItNames() {
        int id = service.create(named("Created"), admin).contact().contactId();
        clock.advance(Duration.ofSeconds(3));
        ContactRevision changed = service.replace(id, named("Changed once"), Preconditions.none(), admin);
        Instant lastModified = changed.contact().updatedDate();
        clock.advance(Duration.ofMillis(200));

        ContactRevision granted = service.replace(id, named("Granted"),
                Preconditions.none().ifUnmodifiedSince(lastModified), admin);
        ContactRevision grantedOnCreation = service.replace(service.create(named("New"), admin).contact()
                .contactId(), named("New AS"), Preconditions.none().ifUnmodifiedSince(clock.instant()), admin);

        assertEquals("Granted", granted.contact().name());
        assertEquals("New AS", grantedOnCreation.contact().name());
        assertThrows(PreconditionFailedException.class, () -> service.get(id,
                Preconditions.none().ifUnmodifiedSince(START), admin));
    }

    @Test
    void aDateSuperOfficeCannotHoldIsRefusedOnEveryWriteNamingItsPath() {
        ContactEntity tooLate = named("Far future").toBuilder()
                .dbiLastSyncronized(Instant.parse("+999999999-12-31T23:59:59Z")).build();
        int id = service.create(named("Kept"), admin).contact().contactId();

        List<InvalidInputException> refusals = List.of(
                assertThrows(InvalidInputException.class, () -> service.create(tooLate, admin)),
                assertThrows(InvalidInputException.class, () -> service.replace(id, tooLate, Preconditions.none(),
                        admin)),
                assertThrows(InvalidInputException.class, () -> service.patch(id, seen -> seen.toBuilder()
                        .dbiLastModified(Instant.parse("+10000-01-01T00:00:00Z")).build(), Preconditions.none(),
                        admin)),
                assertThrows(InvalidInputException.class, () -> service.save(tooLate.toBuilder().contactId(id)
                        .build(), admin)));

        assertEquals(List.of("DbiLastSyncronized", "DbiLastSyncronized", "DbiLastModified", "DbiLastSyncronized"),
                refusals.stream().map(refused -> refused.violations().get(0)).map(Violation::path).toList());
        assertEquals(1, service.get(id, admin).version());
        assertEquals(1, repository.size());
    }

    private static ContactEntity named(String name) {
        return ContactEntity.builder().name(name).build();
    }
}
