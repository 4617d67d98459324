package io.contactkit.benchmarks.patch;

import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Not a peer but a floor: the stored contact's tokens copied from Jackson's streaming parser straight to its
 * generator, bytes to bytes, with nothing typed, checked, patched or built. No reader and writer built on Jackson's
 * tokens (ours, or the peers' trees) can do less; its speed over a peer's is the most any of them can reach against
 * that peer.
 */
public final class JacksonTokenCopy {

    private final JsonFactory factory = JsonFactory.builder().build();

    public byte[] copy(byte[] document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), document);
             JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            parser.nextToken();
            generator.copyCurrentStructure(parser);
        }
        return out.toByteArray();
    }
}
