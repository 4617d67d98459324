package io.contactkit.benchmarks.serialization;

import io.contactkit.benchmarks.Samples;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Read and write of the seed's sample contact, in JSON (the sample as published) and in XML (the same contact as
 * ours writes it): ours into a ContactEntity against plain Jackson into an untyped Map or tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SerializationBenchmark {

    private byte[] json;
    private byte[] xml;
    private ContactKitRoundTrip contactKit;
    private JacksonRoundTrip jackson;

    @Setup
    public void load() {
        contactKit = new ContactKitRoundTrip();
        jackson = new JacksonRoundTrip();
        json = Samples.storedContact();
        xml = Samples.storedContactXml();
    }

    @Benchmark
    public byte[] jsonContactKit() {
        return contactKit.json(json);
    }

    @Benchmark
    public byte[] jsonJackson() {
        return jackson.json(json);
    }

    @Benchmark
    public byte[] xmlContactKit() {
        return contactKit.xml(xml);
    }

    @Benchmark
    public byte[] xmlJackson() {
        return jackson.xml(xml);
    }
}
