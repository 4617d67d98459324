package io.contactkit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.ConflictException;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.failure.StorageUnavailableException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.port.ContactPatch;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.testing.Contacts;
import io.contactkit.domain.testing.ForwardingContactRepository;
import io.contactkit.domain.testing.InMemoryContactRepository;
import io.contactkit.domain.testing.MutableClock;
import io.contactkit.domain.testing.SampleLists;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Updates of one contact that arrive while it is being written wait in a queue and are then applied together, in
 * one write; each still applies whole or not at all, and its answer says which. Updates of other contacts do not
 * wait for it.
 */
class ContactServiceWriteQueueTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int QUEUED = 5;

    private final GatedRepository repository = new GatedRepository();
    private final ContactService service = new ContactService(repository, new SampleLists(),
            CustomFieldCatalog.open(), new MutableClock(Instant.parse("2026-03-04T10:15:30Z")));
    private final Caller admin = Caller.of(Principal.administrator("admin", 1));
    private final ExecutorService clients = Executors.newCachedThreadPool();

    @AfterEach
    void stopClients() {
        repository.open();
        clients.shutdownNow();
    }

    @Test
    void updatesQueuedWhileTheContactIsWrittenAreAppliedInOneWrite() throws Exception {
        int id = created("Busy");
        Future<ContactEntity> first = whileTheWriteOf(id, "first@example.com");
        List<Future<ContactEntity>> queued = queuedBehind(id);

        repository.open();

        assertEquals(List.of("first@example.com"), emails(first.get(30, TimeUnit.SECONDS)));
        Set<String> answeredLast = new HashSet<>();
        for (int i = 0; i < QUEUED; i++) {
            List<String> answer = emails(queued.get(i).get(30, TimeUnit.SECONDS));
            assertEquals("first@example.com", answer.get(0), "each answer builds on the writes before it");
            assertEquals("queued" + i + "@example.com", answer.get(answer.size() - 1), "and ends with its own");
            answeredLast.add(answer.get(answer.size() - 1));
        }
        assertEquals(QUEUED, answeredLast.size());
        assertEquals(QUEUED + 1, emails(service.get(id, admin)).size());
        assertEquals(2, repository.updates.get(), "the first write, then all queued ones together");
    }

    @Test
    void aQueuedUpdateThatFailsChangesNothingAndTheOthersApply() throws Exception {
        int id = created("Busy");
        Future<ContactEntity> first = whileTheWriteOf(id, "first@example.com");
        Future<ContactEntity> before = patchLater(id, appending("before@example.com"));
        awaitWaiting(1);
        Future<ContactEntity> failing = patchLater(id, seen -> {
            throw new ConflictException("/Name", "the patch's test found another value");
        });
        awaitWaiting(2);
        Future<ContactEntity> after = patchLater(id, appending("after@example.com"));
        awaitWaiting(3);

        repository.open();

        first.get(30, TimeUnit.SECONDS);
        assertEquals(List.of("first@example.com", "before@example.com"), emails(before.get(30, TimeUnit.SECONDS)));
        assertFailsWith(ConflictException.class, failing);
        assertEquals(List.of("first@example.com", "before@example.com", "after@example.com"),
                emails(after.get(30, TimeUnit.SECONDS)));
        assertEquals(List.of("first@example.com", "before@example.com", "after@example.com"),
                emails(service.get(id, admin)));
    }

    @Test
    void whenTheStoreRefusesABatchOnlyTheUpdateAtFaultFails() throws Exception {
        repository.refuse(contact -> contact.emails().stream().anyMatch(e -> e.value().startsWith("refused")));
        int id = created("Busy");
        Future<ContactEntity> first = whileTheWriteOf(id, "first@example.com");
        Future<ContactEntity> kept = patchLater(id, appending("kept@example.com"));
        awaitWaiting(1);
        Future<ContactEntity> refused = patchLater(id, appending("refused@example.com"));
        awaitWaiting(2);
        Future<ContactEntity> alsoKept = patchLater(id, appending("also-kept@example.com"));
        awaitWaiting(3);

        repository.open();

        first.get(30, TimeUnit.SECONDS);
        kept.get(30, TimeUnit.SECONDS);
        assertFailsWith(InvalidInputException.class, refused);
        alsoKept.get(30, TimeUnit.SECONDS);
        assertEquals(List.of("first@example.com", "kept@example.com", "also-kept@example.com"),
                emails(service.get(id, admin)));
    }

    @Test
    void whenTheWriteOfABatchFailsEveryUpdateInItFailsAndNothingChanges() throws Exception {
        int id = created("Busy");
        Future<ContactEntity> first = whileTheWriteOf(id, "first@example.com");
        List<Future<ContactEntity>> queued = queuedBehind(id);
        StorageUnavailableException gone = new StorageUnavailableException("the store went away", null);
        repository.fail(contact -> emails(contact).contains("queued0@example.com"), gone);

        repository.open();

        first.get(30, TimeUnit.SECONDS);
        for (Future<ContactEntity> update : queued) {
            assertSame(gone, assertFailsWith(StorageUnavailableException.class, update));
        }
        assertEquals(List.of("first@example.com"), emails(service.get(id, admin)));
    }

    @Test
    void writesOfOtherContactsDoNotWaitForAContactBeingWritten() throws Exception {
        int busy = created("Busy");
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            others.add(created("Other " + i));
        }
        Future<ContactEntity> blocked = whileTheWriteOf(busy, "first@example.com");

        for (int other : others) {
            CompletableFuture<ContactEntity> update = CompletableFuture.supplyAsync(() -> service.patch(other,
                    appending("other@example.com"), UpdateCondition.none(), admin), clients);
            assertEquals(List.of("other@example.com"), emails(update.get(30, TimeUnit.SECONDS)),
                    "contact " + other);
        }
        assertFalse(blocked.isDone());

        repository.open();
        blocked.get(30, TimeUnit.SECONDS);
    }

    private int created(String name) {
        return service.create(ContactEntity.builder().name(name).build(), admin).contactId();
    }

    /** Starts a patch appending the e-mail whose write waits in the store until the test opens it. */
    private Future<ContactEntity> whileTheWriteOf(int id, String email) throws InterruptedException {
        repository.close(id);
        Future<ContactEntity> update = patchLater(id, appending(email));
        assertTrue(repository.entered.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the write did not start");
        return update;
    }

    /** Patches appending queued0@example.com, queued1@... that wait behind a write of the contact. */
    private List<Future<ContactEntity>> queuedBehind(int id) throws InterruptedException {
        List<Future<ContactEntity>> queued = new ArrayList<>();
        for (int i = 0; i < QUEUED; i++) {
            queued.add(patchLater(id, appending("queued" + i + "@example.com")));
        }
        awaitWaiting(QUEUED);
        return queued;
    }

    private Future<ContactEntity> patchLater(int id, ContactPatch patch) {
        return clients.submit(() -> service.patch(id, patch, UpdateCondition.none(), admin));
    }

    /** Waits until as many patches as said wait for their contact's turn, which a test queues one by one. */
    private void awaitWaiting(int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (waitingForTheirTurn() < count) {
            assertTrue(System.nanoTime() < deadline, "patches did not queue up");
            Thread.sleep(5);
        }
    }

    private static int waitingForTheirTurn() {
        int waiting = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getState() == Thread.State.WAITING && inTheQueue(thread.getStackTrace())) {
                waiting++;
            }
        }
        return waiting;
    }

    private static boolean inTheQueue(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(ContactWriteQueue.class.getName())) {
                return true;
            }
        }
        return false;
    }

    private static ContactPatch appending(String email) {
        return seen -> {
            List<EntityElement> emails = new ArrayList<>(seen.emails());
            emails.add(Contacts.email(email, null));
            return seen.toBuilder().emails(emails).build();
        };
    }

    private static List<String> emails(ContactEntity contact) {
        return contact.emails().stream().map(EntityElement::value).toList();
    }

    private static <E extends RuntimeException> E assertFailsWith(Class<E> type, Future<?> update) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> update.get(30, TimeUnit.SECONDS));
        assertSame(type, failed.getCause().getClass(), () -> "failed with " + failed.getCause());
        return type.cast(failed.getCause());
    }

    /**
     * An in-memory store whose updates can be held at the door until the test opens it, refused for contacts a
     * predicate picks, as a database refuses a value, or failed; it counts the updates that got through.
     */
    private static final class GatedRepository extends ForwardingContactRepository {

        private final AtomicInteger updates = new AtomicInteger();
        private volatile int gated;
        private volatile CountDownLatch door = new CountDownLatch(0);
        private volatile CountDownLatch entered = new CountDownLatch(1);
        private volatile Predicate<ContactEntity> refused = contact -> false;
        private volatile Predicate<ContactEntity> failed = contact -> false;
        private volatile RuntimeException failure;

        GatedRepository() {
            super(new InMemoryContactRepository());
        }

        /** Holds the next updates of the contact at the door. */
        void close(int contactId) {
            gated = contactId;
            entered = new CountDownLatch(1);
            door = new CountDownLatch(1);
        }

        void open() {
            door.countDown();
        }

        void refuse(Predicate<ContactEntity> contacts) {
            refused = contacts;
        }

        void fail(Predicate<ContactEntity> contacts, RuntimeException with) {
            failure = with;
            failed = contacts;
        }

        @Override
        public StoredContact update(ContactEntity contact, long expectedVersion) {
            if (contact.contactId() == gated) {
                entered.countDown();
                awaitOpen();
            }
            if (failed.test(contact)) {
                throw failure;
            }
            if (refused.test(contact)) {
                throw InvalidInputException.of("Emails", "holds a value the store cannot keep");
            }
            updates.incrementAndGet();
            return super.update(contact, expectedVersion);
        }

        private void awaitOpen() {
            try {
                if (!door.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the door");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
