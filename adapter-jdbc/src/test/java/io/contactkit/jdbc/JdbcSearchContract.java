package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import io.contactkit.domain.Caller;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.model.EntityElement;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.ContactSearch;
import io.contactkit.domain.port.ListItemProvider;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.search.ArchivePage;
import io.contactkit.domain.search.ArchiveRequest;
import io.contactkit.domain.search.ContactArchive;
import io.contactkit.domain.testing.ContactSearchContract;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The search contract on a database, and what only a database shows: how many statements a page costs, whatever its
 * size or depth. Each subclass supplies one database for all its tests.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcSearchContract extends ContactSearchContract {

    private static final Caller ADMIN = Caller.of(Principal.administrator("admin", 1));

    protected JdbcStore store;

    /** How many contacts the export under writes stores: 10^5, as the export. */
    private static final int EXPORTED = 100_000;

    protected abstract JdbcSettings startDatabase();

    /** A FROM clause with one column {@code x}, the numbers 1 to {@code count}, in this database's SQL. */
    protected abstract String numbers(int count);

    protected void stopDatabase() {
    }

    @BeforeAll
    void openStore() {
        store = JdbcStore.open(startDatabase());
    }

    @AfterAll
    void closeStore() {
        store.close();
        stopDatabase();
    }

    @Override
    protected ContactRepository repository() {
        return store.contacts();
    }

    @Override
    protected ContactSearch search() {
        return store.search();
    }

    @Override
    protected ListItemProvider lists() {
        return store.lists();
    }

    @Test
    void everyPageIsOneStatementWhateverItsSizeOrDepth() {
        String tag = "p" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 120; i++) {
            store.contacts().insert(ContactEntity.builder().name(String.format("Paged %03d", i)).number1(tag)
                    .emails(List.of(EntityElement.builder().value(i + "@example.com")
                            .build())).build());
        }
        ContactArchive archive = new ContactArchive(store.search(), store.lists(), Clock.systemUTC());
        String filter = "number eq '" + tag + "' and name begins 'paged'";
        List<Integer> statementsPerPage = new ArrayList<>();
        List<Integer> rowsPerPage = new ArrayList<>();
        String token = null;
        do {
            String next = token;
            ArchivePage[] page = new ArchivePage[1];
            statementsPerPage.add(statementsRunBy(() -> page[0] = archive.find(new ArchiveRequest(
                    "name,email/emailAddress,updatedDate", filter, "name desc", "10", null, next, ZoneOffset.UTC),
                    ADMIN)));
            rowsPerPage.add(page[0].rows().size());
            token = page[0].nextSkipToken().orElse(null);
        } while (token != null);

        assertEquals(12, rowsPerPage.size(), "pages: " + rowsPerPage);
        assertTrue(statementsPerPage.stream().allMatch(count -> count == 1), "statements per page: "
                + statementsPerPage);
        int fullPage = statementsRunBy(() -> archive.find(new ArchiveRequest("name", filter, "name", "1000", null,
                null, ZoneOffset.UTC), ADMIN));
        assertEquals(1, fullPage, "a page of 120 rows");
    }

    /**
     * A full export of 10^5 contacts by following the next links, ordered by name, while another client inserts and
     * deletes contacts of the same export: every contact stored before and not deleted during it comes exactly once,
     * none comes twice.
     */
    @Test
    void anExportByNextLinksReturnsEachContactOnceWhileAnotherClientWrites() throws Exception {
        String tag = "x" + UUID.randomUUID().toString().substring(0, 8);
        store.jdbi().useHandle(handle -> handle.createUpdate("INSERT INTO contact (version, part_tables, name,"
                + " number1, no_mailing, xstop, active_interests, group_id, active_status_monitor_id, deleted,"
                + " dbi_agent_id, source, active_erp_links) SELECT 1, 0, 'Export ' || x, :tag, FALSE, FALSE, 0, 0, 0,"
                + " 0, 0, 0, 0 FROM " + numbers(EXPORTED)).bind("tag", tag).execute());
        List<Integer> stored = store.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM contact"
                + " WHERE number1 = :tag ORDER BY id").bind("tag", tag).mapTo(Integer.class).list());
        ContactArchive archive = new ContactArchive(store.search(), store.lists(), Clock.systemUTC());
        Set<Integer> deleted = ConcurrentHashMap.newKeySet();
        Set<Integer> inserted = ConcurrentHashMap.newKeySet();
        AtomicBoolean exporting = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writes = writer.submit(() -> {
            Random random = new Random(15);
            while (exporting.get()) {
                inserted.add(store.contacts().insert(ContactEntity.builder().name("Export " + random.nextInt(EXPORTED))
                        .number1(tag).build()).entity().contactId());
                int victim = stored.get(random.nextInt(stored.size()));
                if (deleted.add(victim)) {
                    store.contacts().delete(victim, 1);
                }
            }
        });
        Map<Integer, Integer> seen = new HashMap<>();
        String token = null;
        int pages = 0;
        try {
            do {
                ArchivePage page = archive.find(new ArchiveRequest("contactId", "number eq '" + tag + "'", "name",
                        "1000", null, token, ZoneOffset.UTC), ADMIN);
                page.rows().forEach(row -> seen.merge(row.primaryKey(), 1, Integer::sum));
                token = page.nextSkipToken().orElse(null);
                pages++;
            } while (token != null);
        } finally {
            exporting.set(false);
            writes.get();
            writer.shutdown();
        }

        assertTrue(pages >= EXPORTED / 1000 - 10, pages + " pages of 1000");
        assertTrue(deleted.size() > 10 && inserted.size() > 10, deleted.size() + " deleted, " + inserted.size()
                + " inserted during the export");
        assertTrue(seen.values().stream().allMatch(times -> times == 1), "a contact came twice");
        List<Integer> missing = stored.stream().filter(id -> !deleted.contains(id) && !seen.containsKey(id))
                .toList();
        assertEquals(List.of(), missing, "contacts stored before the export and never deleted");
    }

    /** How many SQL statements the work runs. */
    private int statementsRunBy(Runnable work) {
        AtomicInteger statements = new AtomicInteger();
        SqlStatements config = store.jdbi().getConfig(SqlStatements.class);
        SqlLogger previous = config.getSqlLogger();
        config.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                statements.incrementAndGet();
            }
        });
        try {
            work.run();
        } finally {
            config.setSqlLogger(previous);
        }
        return statements.get();
    }
}
