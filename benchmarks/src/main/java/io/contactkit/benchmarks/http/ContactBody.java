package io.contactkit.benchmarks.http;

import io.contactkit.benchmarks.Samples;
import io.contactkit.domain.schema.Selection;
import io.contactkit.serialization.ResponseType;
import io.contactkit.serialization.WireFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

/**
 * Writes the body the HTTP row creates its contacts with: {@link Samples#contactWithTenElements()} as JSON.
 *
 * <p>Usage: {@code java -cp contactkit-benchmarks.jar io.contactkit.benchmarks.http.ContactBody FILE}
 */
public final class ContactBody {

    private ContactBody() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ContactBody <file>");
            System.exit(2);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            new WireFormat().writeContact(Samples.contactWithTenElements(), Selection.all(), ZoneOffset.UTC,
                    ResponseType.APPLICATION_JSON, out);
        }
    }
}
