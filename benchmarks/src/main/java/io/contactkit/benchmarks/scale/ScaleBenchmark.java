package io.contactkit.benchmarks.scale;

import io.contactkit.benchmarks.Samples;
import io.contactkit.benchmarks.storage.Database;
import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.UpdateCondition;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.rights.Principal;
import io.contactkit.jdbc.JdbcStore;
import io.contactkit.patch.PatchDocument;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
 * GET by id and PATCH of a random stored contact through the product's path ({@link JdbcStore} on PostgreSQL, the
 * {@link ContactService} wired as the server wires it, PATCH through {@link ContactService#patch} as the HTTP adapter
 * does
 * it), with 10^3, 10^5 and 10^6 contacts of ten elements stored. The first contact is stored by the product, the
 * rest are copied from it in bulk ({@link BulkContacts}); the fill time is printed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScaleBenchmark {

    @Param({"1000", "100000", "1000000"})
    public int storedContacts;

    private final Caller caller = Caller.of(Principal.administrator("admin", 1));
    private Database.Running database;
    private JdbcStore store;
    private ContactService service;
    private int[] ids;
    private long patches;

    @Setup
    public void start() throws SQLException {
        database = ScaleDatabase.start(storedContacts);
        store = JdbcStore.open(database.settings());
        service = new ContactService(store.contacts(), store.lists(), store.customFieldCatalog(), Clock.systemUTC());
        BulkContacts bulk = new BulkContacts(database.settings());
        long started = System.nanoTime();
        int templateId = bulk.count() == 0
                ? service.create(Samples.contactWithTenElements(), caller).contactId()
                : bulk.ids()[0];
        int added = bulk.fillTo(storedContacts, templateId);
        ids = bulk.ids();
        System.out.printf("%n%,d contacts stored: %,d added in %.1f s%n", ids.length, added,
                (System.nanoTime() - started) / 1e9);
    }

    @TearDown
    public void stop() {
        store.close();
        database.close();
    }

    @Benchmark
    public ContactEntity get() {
        return service.get(randomId(), caller);
    }

    /** Two replace operations whose values change with every call, so each PATCH writes a new version. */
    @Benchmark
    public ContactEntity patch() {
        long call = ++patches;
        PatchDocument patch = PatchDocument.jsonPatch(List.of(
                Map.of("op", "replace", "path", "/Department", "value", "Department " + call),
                Map.of("op", "replace", "path", "/Description", "value", "Patched " + call)));
        return service.patch(randomId(), patch, UpdateCondition.none(), caller);
    }

    private int randomId() {
        return ids[ThreadLocalRandom.current().nextInt(ids.length)];
    }
}
