package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.ListItem;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldKind;
import io.contactkit.domain.port.CustomFieldType;
import io.contactkit.domain.port.ListName;
import io.contactkit.domain.rights.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** List items and custom-field definitions are read from the database once per time-to-live, and changes show. */
class ReferenceDataCacheTest {

    private static final Duration TTL = Duration.ofSeconds(30);

    private final AtomicLong nanoClock = new AtomicLong();
    private final AtomicInteger queries = new AtomicInteger();
    private JdbcStore store;

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aChangedListItemShowsOnceTheTimeToLiveHasPassed() {
        open(TTL);
        assertEquals("Retail", businessName(2, "en"));

        rename(2, "en", "Wholesale");
        nanoClock.addAndGet(TTL.toNanos() - 1);
        assertEquals("Retail", businessName(2, "en"));

        nanoClock.addAndGet(1);
        assertEquals("Wholesale", businessName(2, "en"));
    }

    @Test
    void aRenamedAssociateShowsAsAContactsCreatorOnceTheTimeToLiveHasPassed() {
        open(TTL);
        ContactService service = new ContactService(store.contacts(), store.lists(), store.customFieldCatalog(),
                Clock.systemUTC());
        Caller admin = Caller.of(Principal.administrator("admin", 1));
        int id = service.create(ContactEntity.builder().name("Acted on").build(), admin).contact().contactId();

        store.jdbi().useHandle(handle -> handle.execute("UPDATE associate SET name = 'ADMINISTRATOR' WHERE id = 1"));
        nanoClock.addAndGet(TTL.toNanos() - 1);
        assertEquals("ADMIN", service.get(id, admin).contact().createdBy().name());

        nanoClock.addAndGet(1);
        ContactEntity shown = service.get(id, admin).contact();
        assertEquals("ADMINISTRATOR", shown.createdBy().name());
        assertEquals("ADMINISTRATOR", shown.updatedBy().name());
    }

    @Test
    void referenceDataIsReadOncePerTimeToLive() {
        open(TTL);
        int first = queriesRunBy(this::lookUpEveryKind);
        int second = queriesRunBy(this::lookUpEveryKind);
        nanoClock.addAndGet(TTL.toNanos());
        int afterExpiry = queriesRunBy(this::lookUpEveryKind);

        assertEquals(6, first);
        assertEquals(0, second);
        assertEquals(first, afterExpiry);
    }

    @Test
    void eachLanguageIsKeptOnItsOwn() {
        open(TTL);

        int firstOfEach = queriesRunBy(() -> {
            assertEquals("Leverandør", store.lists().listItem(ListName.CATEGORY, 2, "no").orElseThrow().value());
            assertEquals("Supplier", store.lists().listItem(ListName.CATEGORY, 2, "de").orElseThrow().value());
            assertEquals("Seiling", store.lists().interests("no").get(1).name());
            assertEquals("Sailing", store.lists().interests("").get(1).name());
        });
        int again = queriesRunBy(() -> {
            assertEquals("Leverandør", store.lists().listItem(ListName.CATEGORY, 2, " NO ").orElseThrow().value());
            assertEquals("Supplier", store.lists().listItem(ListName.CATEGORY, 2, "de").orElseThrow().value());
            assertEquals("Seiling", store.lists().interests("no").get(1).name());
            assertEquals("Sailing", store.lists().interests("en").get(1).name());
        });

        assertEquals(4, firstOfEach);
        assertEquals(0, again);
    }

    @Test
    void aChangedCustomFieldDefinitionShowsOnceTheTimeToLiveHasPassed() {
        open(TTL);
        assertEquals(40, regionMaxLength());

        store.jdbi().useHandle(handle -> handle.execute(
                "UPDATE custom_field SET max_length = 60 WHERE field_key = 'x_region'"));
        assertEquals(0, queriesRunBy(() -> assertEquals(40, regionMaxLength())));

        nanoClock.addAndGet(TTL.toNanos());
        assertEquals(Optional.of(new CustomFieldDefinition("x_region", CustomFieldKind.EXTRA, CustomFieldType.STRING,
                60, List.of())), store.customFieldCatalog().definition("x_region"));
    }

    @Test
    void aTimeToLiveOfZeroReadsOnEveryUse() {
        open(Duration.ZERO);
        assertEquals("Retail", businessName(2, "en"));

        rename(2, "en", "Wholesale");

        assertEquals("Wholesale", businessName(2, "en"));
        assertEquals(6, queriesRunBy(this::lookUpEveryKind));
        assertEquals(6, queriesRunBy(this::lookUpEveryKind));
    }

    @Test
    void concurrentLookupsAfterExpiryReadOnce() throws Exception {
        open(TTL);
        businessName(2, "en");
        nanoClock.addAndGet(TTL.toNanos());
        rename(2, "en", "Wholesale");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> readers = new ArrayList<>();
        for (int reader = 0; reader < 8; reader++) {
            readers.add(() -> {
                start.await();
                return businessName(2, "en");
            });
        }

        List<String> names = new ArrayList<>();
        int read = queriesRunBy(() -> names.addAll(runTogether(readers, start)));

        assertEquals(1, read);
        assertEquals(List.of("Wholesale"), names.stream().distinct().toList());
    }

    private void open(Duration ttl) {
        store = JdbcStore.open(JdbcSettings.of("jdbc:h2:mem:lists-" + UUID.randomUUID(), "sa", "")
                .withReferenceDataTtl(ttl), nanoClock::get);
        SqlStatements config = store.jdbi().getConfig(SqlStatements.class);
        config.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                queries.incrementAndGet();
            }
        });
    }

    /** One lookup of each kind of reference data, each its own query when read. */
    private void lookUpEveryKind() {
        assertEquals(Optional.of(new ListItem(1, "Kunde", "Kunde")),
                store.lists().listItem(ListName.CATEGORY, 1, "no"));
        assertEquals("Sverige", store.lists().country(2, "no").orElseThrow().name());
        assertEquals("ADMIN", store.lists().associate(1).orElseThrow().name());
        assertEquals(Optional.empty(), store.lists().associate(99));
        assertEquals(4, store.lists().interests("no").size());
        assertEquals(40, regionMaxLength());
    }

    private String businessName(int id, String language) {
        return store.lists().listItem(ListName.BUSINESS, id, language).orElseThrow().value();
    }

    private int regionMaxLength() {
        return store.customFieldCatalog().definition("x_region").orElseThrow().maxLength();
    }

    private void rename(int businessId, String language, String name) {
        store.jdbi().useHandle(handle -> handle.createUpdate("UPDATE business_name SET name = :name"
                        + " WHERE business_id = :id AND language = :language")
                .bind("name", name).bind("id", businessId).bind("language", language).execute());
    }

    private int queriesRunBy(Runnable work) {
        int before = queries.get();
        work.run();
        return queries.get() - before;
    }

    private static List<String> runTogether(List<Callable<String>> readers, CountDownLatch start) {
        ExecutorService threads = Executors.newFixedThreadPool(readers.size());
        try {
            List<Future<String>> running = readers.stream().map(threads::submit).toList();
            start.countDown();
            List<String> names = new ArrayList<>();
            for (Future<String> reader : running) {
                names.add(reader.get(1, TimeUnit.MINUTES));
            }
            return names;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }
}
