package io.contactkit.benchmarks.patch;

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
 * Bytes of a stored contact and bytes of a patch in, bytes of the patched contact out: ours against each peer, for
 * a 5-operation JSON Patch and for the merge patch with the same effect.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PatchBenchmark {

    private byte[] contact;
    private byte[] jsonPatch;
    private byte[] mergePatch;
    private ContactKitPatching contactKit;
    private ZjsonpatchPatching zjsonpatch;
    private JsonToolsPatching jsonTools;
    private ParssonPatching parsson;
    private JacksonTokenCopy tokenCopy;

    @Setup
    public void load() {
        contact = Samples.storedContact();
        jsonPatch = Samples.jsonPatch();
        mergePatch = Samples.mergePatch();
        contactKit = new ContactKitPatching();
        zjsonpatch = new ZjsonpatchPatching();
        jsonTools = new JsonToolsPatching();
        parsson = new ParssonPatching();
        tokenCopy = new JacksonTokenCopy();
    }

    @Benchmark
    public byte[] jsonPatchContactKit() {
        return contactKit.jsonPatch(contact, jsonPatch);
    }

    @Benchmark
    public byte[] jsonPatchZjsonpatch() {
        return zjsonpatch.jsonPatch(contact, jsonPatch);
    }

    @Benchmark
    public byte[] jsonPatchJsonTools() {
        return jsonTools.jsonPatch(contact, jsonPatch);
    }

    @Benchmark
    public byte[] jsonPatchParsson() {
        return parsson.jsonPatch(contact, jsonPatch);
    }

    /** Not a peer: the floor of any patch built on Jackson's tokens, see {@link JacksonTokenCopy}. */
    @Benchmark
    public byte[] tokenCopyJackson() {
        return tokenCopy.copy(contact);
    }

    @Benchmark
    public byte[] mergePatchContactKit() {
        return contactKit.mergePatch(contact, mergePatch);
    }

    @Benchmark
    public byte[] mergePatchJsonTools() {
        return jsonTools.mergePatch(contact, mergePatch);
    }

    @Benchmark
    public byte[] mergePatchParsson() {
        return parsson.mergePatch(contact, mergePatch);
    }
}
