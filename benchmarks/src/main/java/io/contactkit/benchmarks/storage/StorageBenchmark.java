package io.contactkit.benchmarks.storage;

import io.contactkit.benchmarks.Samples;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.ContactRepository;
import io.contactkit.domain.port.StoredContact;
import io.contactkit.jdbc.JdbcStore;
import java.sql.SQLException;
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
 * Save (insert) and load of a contact with ten elements: the JDBC adapter's repository against hand-written JDBC
 * writing and reading the same rows, on the same database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StorageBenchmark {

    @Param({"H2", "POSTGRESQL"})
    public Database database;

    private Database.Running running;
    private JdbcStore store;
    private ContactRepository repository;
    private RawJdbcContacts rawJdbc;
    private ContactEntity contact;
    private int storedId;

    @Setup
    public void start() {
        running = database.start();
        store = JdbcStore.open(running.settings());
        repository = store.contacts();
        rawJdbc = new RawJdbcContacts(running.settings());
        contact = Samples.contactWithTenElements();
        storedId = repository.insert(contact).entity().contactId();
    }

    @TearDown
    public void stop() {
        rawJdbc.close();
        store.close();
        running.close();
    }

    @Benchmark
    public StoredContact saveContactKit() {
        return repository.insert(contact);
    }

    @Benchmark
    public int saveRawJdbc() throws SQLException {
        return rawJdbc.save(contact);
    }

    @Benchmark
    public StoredContact loadContactKit() {
        return repository.find(storedId).orElseThrow();
    }

    @Benchmark
    public ContactEntity loadRawJdbc() throws SQLException {
        return rawJdbc.load(storedId);
    }
}
