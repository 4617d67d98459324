package io.contactkit.serialization;

import static io.contactkit.serialization.Fixtures.body;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlSafetyTest {

    private final WireFormat wire = new WireFormat();

    @Test
    void externalEntityIsRefusedAndTheFileIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET", StandardCharsets.UTF_8);
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE ContactEntity [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]><ContactEntity><Name>&xxe;</Name></ContactEntity>";

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(xml), "application/xml"));

        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
        assertFalse(refused.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void billionLaughsIsRefusedAtOnce() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]><ContactEntity><Name>&lol9;</Name></ContactEntity>");

        InvalidInputException refused = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThrows(InvalidInputException.class, () -> wire.readContact(body(xml.toString()), "text/xml")));

        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    }

    @Test
    void externalDtdIsRefused() {
        String xml = "<!DOCTYPE ContactEntity SYSTEM \"http://127.0.0.1:9/contact.dtd\"><ContactEntity/>";

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(xml), "application/xml"));

        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    }

    @Test
    void undeclaredEntityIsRefusedAsNotWellFormed() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body("<ContactEntity><Name>&oops;</Name></ContactEntity>"), "application/xml"));

        assertTrue(refused.getMessage().contains("not well-formed XML"), refused.getMessage());
    }

    @Test
    void declarationNamingAnotherEncodingIsRefused() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><ContactEntity><Name>A</Name></ContactEntity>";

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(xml), "application/xml"));

        assertTrue(refused.getMessage().contains("ISO-8859-1"), refused.getMessage());
    }

    @Test
    void enrichRequestXmlWithDoctypeIsRefusedToo() {
        String xml = "<!DOCTYPE r [<!ENTITY e \"x\">]><r><EnrichId>&e;</EnrichId></r>";

        assertThrows(InvalidInputException.class, () -> wire.readEnrichRequest(body(xml), "application/xml"));
    }
}
