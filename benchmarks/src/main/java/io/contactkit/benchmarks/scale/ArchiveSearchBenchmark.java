package io.contactkit.benchmarks.scale;

import io.contactkit.benchmarks.Samples;
import io.contactkit.benchmarks.storage.Database;
import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.search.ArchivePage;
import io.contactkit.domain.search.ArchiveRequest;
import io.contactkit.domain.search.ContactArchive;
import io.contactkit.jdbc.JdbcSettings;
import io.contactkit.jdbc.JdbcStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The contact archive's search ({@code GET Contact}) through the product's path ({@link ContactArchive} on
 * {@link JdbcStore}, PostgreSQL) with 10^6 contacts stored, named {@code <letter>ompany <id>} (about 38,000 begin
 * with each letter): {@code name begins 'X'} with {@code $top=50}, by ContactId as without {@code $orderBy} and by
 * name, against the same rows read by hand-written JDBC; and the first and the 100th page of 100 rows ordered by
 * name, the latter reached by following {@code odata.nextLink} from the first. Statements per page are a test's
 * business ({@code JdbcSearchContract.everyPageIsOneStatementWhateverItsSizeOrDepth}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ArchiveSearchBenchmark {

    private static final String SELECT = "name,department,category";
    private static final String NAME_BEGINS_X = "name begins 'X'";
    private static final String RAW_NAME_BEGINS_X = "SELECT id, COALESCE(name, ''), COALESCE(department, ''),"
            + " COALESCE(category_id, 0) FROM contact WHERE name_key LIKE 'x%' ORDER BY id LIMIT 50";

    @Param({"1000000"})
    public int storedContacts;

    private final Caller caller = Caller.of(Principal.administrator("admin", 1));
    private Database.Running database;
    private JdbcStore store;
    private ContactArchive archive;
    private Connection raw;
    private PreparedStatement rawNameBegins;
    private String hundredthPage;

    @Setup
    public void start() throws SQLException {
        database = ScaleDatabase.start(storedContacts);
        JdbcSettings settings = database.settings();
        store = JdbcStore.open(settings);
        ContactService service = new ContactService(store.contacts(), store.lists(), store.customFieldCatalog(),
                Clock.systemUTC());
        archive = new ContactArchive(store.search(), store.lists(), Clock.systemUTC());
        BulkContacts bulk = new BulkContacts(settings);
        long started = System.nanoTime();
        int templateId = bulk.count() == 0
                ? service.create(Samples.contactWithTenElements(), caller).contact().contactId()
                : bulk.ids()[0];
        int added = bulk.fillTo(storedContacts, templateId);
        bulk.varyNames();
        System.out.printf("%n%,d contacts stored: %,d added in %.1f s%n", bulk.count(), added,
                (System.nanoTime() - started) / 1e9);
        String token = null;
        for (int page = 1; page < 100; page++) {
            token = byName(token).nextSkipToken().orElseThrow();
        }
        hundredthPage = token;
        raw = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        rawNameBegins = raw.prepareStatement(RAW_NAME_BEGINS_X);
    }

    @TearDown
    public void stop() throws SQLException {
        raw.close();
        store.close();
        database.close();
    }

    /** {@code GET Contact?$select=name,department,category&$filter=name begins 'X'&$top=50}. */
    @Benchmark
    public ArchivePage nameBeginsTop50() {
        return archive.find(new ArchiveRequest(SELECT, NAME_BEGINS_X, null, "50", null, null, ZoneOffset.UTC),
                caller);
    }

    /** The same, {@code $orderBy=name}. */
    @Benchmark
    public ArchivePage nameBeginsTop50ByName() {
        return archive.find(new ArchiveRequest(SELECT, NAME_BEGINS_X, "name", "50", null, null, ZoneOffset.UTC),
                caller);
    }

    /** The baseline: the same 50 rows (without list names) by hand-written JDBC. */
    @Benchmark
    public int rawNameBeginsTop50() throws SQLException {
        int rows = 0;
        try (ResultSet result = rawNameBegins.executeQuery()) {
            while (result.next()) {
                rows += result.getString(2).length() + result.getInt(4);
            }
        }
        return rows;
    }

    /** {@code GET Contact?$select=name,department,category&$orderBy=name}: 100 rows. */
    @Benchmark
    public ArchivePage firstPageByName() {
        return byName(null);
    }

    /** The page {@code odata.nextLink} leads to after 99 pages of 100. */
    @Benchmark
    public ArchivePage hundredthPageByName() {
        return byName(hundredthPage);
    }

    private ArchivePage byName(String token) {
        return archive.find(new ArchiveRequest(SELECT, null, "name", null, null, token, ZoneOffset.UTC), caller);
    }
}
