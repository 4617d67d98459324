package io.contactkit.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.Caller;
import io.contactkit.domain.model.ContactEntity;
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
import java.util.List;
import java.util.UUID;
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

    protected abstract JdbcSettings startDatabase();

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
                    .emails(List.of(io.contactkit.domain.model.EntityElement.builder().value(i + "@example.com")
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
