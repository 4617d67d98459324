package io.contactkit.serialization;

import static io.contactkit.serialization.ContactReadingTest.paths;
import static io.contactkit.serialization.Fixtures.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.failure.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LimitsTest {

    private static final String JSON = "application/json";
    private static final String XML = "application/xml";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final WireFormat wire = new WireFormat();

    @Test
    void bodyOverTheSizeLimitIsRefused() {
        WireFormat small = new WireFormat(Limits.defaults().withMaxBodyBytes(100));
        String fits = "{\"Name\":\"" + "a".repeat(100 - 11) + "\"}";
        String tooLarge = "{\"Name\":\"" + "a".repeat(101 - 11) + "\"}";

        assertEquals(89, small.readContact(body(fits), JSON).name().length());
        BodyTooLargeException refused = assertThrows(BodyTooLargeException.class,
                () -> small.readContact(body(tooLarge), JSON));
        assertTrue(refused.getMessage().contains("larger than 100 bytes"), refused.getMessage());
    }

    @Test
    void bodyIsReadNoFurtherThanTheLimit() {
        WireFormat small = new WireFormat(Limits.defaults().withMaxBodyBytes(1000));
        EndlessBody endless = new EndlessBody();

        assertThrows(BodyTooLargeException.class, () -> small.readContact(endless, JSON));
        assertEquals(1001, endless.served);
    }

    @Test
    void jsonNestedToTheLimitIsReadAndOneDeeperIsRefusedWithItsPath() {
        String deepest = "{\"a\":".repeat(63) + "[]" + "}".repeat(63);
        String tooDeep = "{\"a\":".repeat(64) + "[]" + "}".repeat(64);

        assertEquals(PatchBody.Kind.MERGE_PATCH, wire.readPatch(body(deepest), JSON).kind());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readPatch(body(tooDeep), JSON));
        assertTrue(refused.getMessage().contains("deeper than 64 levels"), refused.getMessage());
        assertEquals("a" + ".a".repeat(63), paths(refused).get(0));
    }

    @Test
    void xmlNestedDeeperThanTheLimitIsRefused() {
        String tooDeep = "<ContactEntity><Departmnet>" + "<a>".repeat(70) + "</a>".repeat(70)
                + "</Departmnet></ContactEntity>";

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(tooDeep), XML));

        assertTrue(refused.getMessage().contains("deeper than 64 levels"), refused.getMessage());
    }

    @Test
    void xmlNestedThroughTheModelDeeperThanTheLimitIsRefusedWithItsPath() {
        String item = "<SelectableMDOListItem><ChildItems>";
        String tooDeep = "<ContactEntity><Interests>" + item.repeat(32) + "</ChildItems></SelectableMDOListItem>"
                .repeat(32) + "</Interests></ContactEntity>";

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(tooDeep), XML));

        assertTrue(paths(refused).get(0).startsWith("Interests[0].ChildItems[0]"), paths(refused).toString());
    }

    @Test
    void formFieldNestedDeeperThanTheLimitIsRefused() {
        String field = "Address" + ".Postal".repeat(64) + "=x";

        assertThrows(InvalidInputException.class, () -> wire.readContact(body(field), FORM));
    }

    @Test
    void stringAtTheBodyLimitIsReadAndOneLongerIsRefusedNamingItInEveryFormat() {
        WireFormat limited = new WireFormat(Limits.defaults().withMaxStringLength(500));
        String longest = "x".repeat(500);
        String tooLong = "x".repeat(501);

        assertEquals(longest, limited.readContact(body("{\"Description\":\"" + longest + "\"}"), JSON).description());
        assertEquals(longest, limited.readContact(body("<ContactEntity><Description>" + longest + "</Description></ContactEntity>"),
                XML).description());
        assertEquals(longest, limited.readContact(body("Description=" + longest), FORM).description());
        for (InvalidInputException refused : List.of(
                assertThrows(InvalidInputException.class,
                        () -> limited.readContact(body("{\"Description\":\"" + tooLong + "\"}"), JSON)),
                assertThrows(InvalidInputException.class, () -> limited.readContact(
                        body("<ContactEntity><Description>" + tooLong + "</Description></ContactEntity>"), XML)),
                assertThrows(InvalidInputException.class,
                        () -> limited.readContact(body("Description=" + tooLong), FORM)))) {
            assertEquals(List.of("Description"), paths(refused));
            assertTrue(refused.getMessage().contains("500"), refused.getMessage());
        }
    }

    @Test
    void stringOverItsPropertysMaxLengthIsRefusedAsSoonAsReadSoTheRestOfTheBodyIsNeverParsed() {
        WireFormat roomy = new WireFormat(Limits.defaults().withMaxBodyBytes(8 * 1024 * 1024));
        String tooLong = "x".repeat(201);
        String megabytesThenBroken = ",\"Domains\":[" + "\"dare.example\",".repeat(300_000) + "}";
        String xmlThenBroken = "<Domains>" + "<string>dare.example</string>".repeat(100_000) + "<</ContactEntity>";
        String formThenBroken = "&Domains[0]=dare.example&Emails[0].Value=%zz";

        for (InvalidInputException refused : List.of(
                assertThrows(InvalidInputException.class, () -> roomy.readContact(
                        body("{\"Name\":\"" + tooLong + "\"" + megabytesThenBroken), JSON)),
                assertThrows(InvalidInputException.class, () -> roomy.readContact(
                        body("<ContactEntity><Name>" + tooLong + "</Name>" + xmlThenBroken), XML)),
                assertThrows(InvalidInputException.class, () -> roomy.readContact(
                        body("Name=" + tooLong + formThenBroken), FORM)))) {
            assertEquals(List.of("Name"), paths(refused));
            assertTrue(refused.getMessage().contains("longer than 200 characters"), refused.getMessage());
        }
        InvalidInputException laterFault = assertThrows(InvalidInputException.class, () -> roomy.readContact(
                body("{\"Name\":\"" + "x".repeat(200) + "\"" + megabytesThenBroken), JSON));
        assertTrue(laterFault.getMessage().contains("not well-formed JSON"), laterFault.getMessage());
    }

    @Test
    void fieldLimitsNameTheNestedPathInTheModelsSpellingInEveryFormat() {
        String longEmail = "x".repeat(256);
        String longZipcode = "1".repeat(21);

        assertEquals(List.of("Emails[1].Value"), paths(assertThrows(InvalidInputException.class, () ->
                wire.readContact(body("{\"emails\":[{\"value\":\"a@dare.example\"},{\"VALUE\":\"" + longEmail
                        + "\"}]}"), JSON))));
        assertEquals(List.of("BounceEmails[1]"), paths(assertThrows(InvalidInputException.class, () ->
                wire.readContact(body("{\"bounceemails\":[\"a@dare.example\",\"" + longEmail + "\"]}"), JSON))));
        assertEquals(List.of("Address.Postal.Zipcode"), paths(assertThrows(InvalidInputException.class, () ->
                wire.readContact(body("<ContactEntity><address><postal><zipcode>" + longZipcode
                        + "</zipcode></postal></address></ContactEntity>"), XML))));
        assertEquals(List.of("BounceEmails[0]"), paths(assertThrows(InvalidInputException.class, () ->
                wire.readContact(body("<ContactEntity><BounceEmails><string>" + longEmail
                        + "</string></BounceEmails></ContactEntity>"), XML))));
        assertEquals(List.of("Address.Postal.Zipcode"), paths(assertThrows(InvalidInputException.class, () ->
                wire.readContact(body("Address.Postal.Zipcode=" + longZipcode), FORM))));
        assertEquals(List.of("ContactEntity.Department"), paths(assertThrows(InvalidInputException.class, () ->
                wire.readEnrichRequest(body("{\"contactEntity\":{\"department\":\"" + "x".repeat(201)
                        + "\"}}"), JSON))));
    }

    @Test
    void stringsAtTheirMaxLengthUnknownPropertiesAndServerOwnedStringsAreNotRefusedForLength() {
        String longest = "1".repeat(20);
        String long300 = "x".repeat(300);

        assertEquals(longest, wire.readContact(body("{\"Address\":{\"Postal\":{\"Zipcode\":\"" + longest
                + "\",\"Formatted\":\"" + long300 + "\"}}}"), JSON).address().postal().zipcode());
        assertEquals(longest, wire.readContact(body("<ContactEntity><Address><Postal><Zipcode>" + longest
                + "</Zipcode></Postal><Formatted>" + long300 + "</Formatted></Address></ContactEntity>"), XML)
                .address().postal().zipcode());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body("{\"Departmnet\":\"" + long300 + "\",\"Name\":\"Dare\"}"), JSON));
        assertEquals(List.of("Departmnet"), paths(unknown));
        assertTrue(unknown.getMessage().contains("unknown property"), unknown.getMessage());
    }

    @Test
    void overLongPropertyNameIsRefused() {
        WireFormat limited = new WireFormat(Limits.defaults().withMaxStringLength(500));

        assertThrows(InvalidInputException.class,
                () -> limited.readContact(body("{\"" + "N".repeat(501) + "\":1}"), JSON));
    }

    @Test
    void invalidUtf8IsRefusedWithTheByteWhereItStarts() {
        byte[] bytes = "{\"Name\":\"?(\"}".getBytes(StandardCharsets.US_ASCII);
        bytes[9] = (byte) 0xC3;

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(bytes), JSON));

        assertTrue(refused.getMessage().contains("not valid UTF-8 (at byte 9)"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ED A0 80", "C0 AF", "E0 80 AF", "F4 90 80 80", "FF"})
    void bytesThatAreNotUtf8AreRefusedWhereTheyStart(String hex) {
        byte[] bad = hex(hex);
        byte[] start = "{\"Name\":\"A".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[start.length + bad.length + 2];
        System.arraycopy(start, 0, bytes, 0, start.length);
        System.arraycopy(bad, 0, bytes, start.length, bad.length);
        bytes[bytes.length - 2] = '"';
        bytes[bytes.length - 1] = '}';

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(bytes), JSON));

        assertTrue(refused.getMessage().contains("not valid UTF-8 (at byte 10)"), refused.getMessage());
    }

    @Test
    void replacementCharacterSentAsUtf8IsReadAsItIs() {
        assertEquals("A\uFFFDB", wire.readContact(body("{\"Name\":\"A\uFFFDB\"}"), JSON).name());
    }

    @Test
    void utf16BodyIsRefused() {
        byte[] utf16 = "{\"Name\":\"A\"}".getBytes(StandardCharsets.UTF_16LE);

        assertThrows(InvalidInputException.class, () -> wire.readContact(body(utf16), JSON));
    }

    @Test
    void byteOrderMarkBeforeUtf8IsAccepted() {
        assertEquals("A", wire.readContact(body("\uFEFF{\"Name\":\"A\"}"), JSON).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Name\":\"A\"} {\"Name\":\"B\"}", "{\"Name\":\"A\"}}", "{\"Name\":\"A\"} x"})
    void trailingContentAfterJsonIsRefused(String text) {
        assertThrows(InvalidInputException.class, () -> wire.readContact(body(text), JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"Name\":\"A\"", "{\"Name\":", "{\"Emails\":[", "{\"Emails\":[{}", "{\"Na"})
    void truncatedJsonIsRefusedAsNotWellFormed(String text) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body(text), JSON));

        assertTrue(refused.getMessage().contains("not well-formed JSON"), refused.getMessage());
    }

    @Test
    void trailingContentAfterXmlIsRefused() {
        assertThrows(InvalidInputException.class,
                () -> wire.readContact(body("<ContactEntity><Name>A</Name></ContactEntity><x/>"), XML));
    }

    @ParameterizedTest
    @ValueSource(strings = {JSON, XML, FORM, "application/merge-patch+json"})
    void emptyBodyIsRefusedAsEmpty(String contentType) {
        for (String empty : List.of("", "  \r\n ")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> {
                if (contentType.contains("patch")) {
                    wire.readPatch(body(empty), contentType);
                } else {
                    wire.readContact(body(empty), contentType);
                }
            });
            assertTrue(refused.getMessage().contains("empty"), refused.getMessage());
        }
    }

    @Test
    void malformedJsonIsRefusedWithItsPathAndPosition() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body("{\"Name\":\"A\",\n\"Emails\":[{\"Value\": }]}"), JSON));

        assertEquals(List.of("Emails[0].Value"), paths(refused));
        assertTrue(refused.getMessage().contains("line 2"), refused.getMessage());
    }

    @Test
    void propertyGivenTwiceIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body("{\"Name\":\"A\",\"Name\":\"B\"}"), JSON));

        assertEquals(List.of("Name"), paths(refused));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\ud800", "\\udc00x", "\\uffff"})
    void characterThatTextCannotCarryIsRefused(String escaped) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body("{\"Name\":\"A" + escaped + "\"}"), JSON));

        assertEquals(List.of("Name"), paths(refused));
    }

    @Test
    void backspaceEscapeAndUnescapedNoncharacterAreRefusedWithTheirPath() {
        InvalidInputException escaped = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body("{\"Emails\":[{\"Value\":\"a\\bz\"}]}"), JSON));
        InvalidInputException unescaped = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body("{\"Emails\":[{\"Value\":\"a\uFFFFz\"}]}"), JSON));

        assertEquals(List.of("Emails[0].Value"), paths(escaped));
        assertEquals(List.of("Emails[0].Value"), paths(unescaped));
        assertTrue(escaped.getMessage().contains("U+0008"), escaped.getMessage());
        assertTrue(unescaped.getMessage().contains("U+FFFF"), unescaped.getMessage());
    }

    @Test
    void bodyThatIsNotAnObjectIsRefused() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> wire.readContact(body("[{\"Name\":\"A\"}]"), JSON));

        assertTrue(refused.getMessage().contains("JSON object"), refused.getMessage());
    }

    @Test
    void bodyThatBreaksOffWhileReadIsRefused() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThrows(InvalidInputException.class, () -> wire.readContact(broken, JSON));
    }

    @Test
    void patchNumbersKeepTheirSize() {
        PatchBody patch = wire.readPatch(body("{\"a\":1,\"b\":12345678901,\"c\":1.5,"
                + "\"d\":123456789012345678901234567890}"), "application/merge-patch+json");

        Map<?, ?> tree = (Map<?, ?>) patch.tree();
        assertEquals(Integer.class, tree.get("a").getClass());
        assertEquals(Long.class, tree.get("b").getClass());
        assertEquals(Double.class, tree.get("c").getClass());
        assertEquals(java.math.BigInteger.class, tree.get("d").getClass());
    }

    /** A body that never ends, counting the bytes it serves. */
    private static final class EndlessBody extends InputStream {
        int served;

        @Override
        public int read() {
            served++;
            return ' ';
        }
    }

    private static byte[] hex(String spaced) {
        String[] parts = spaced.split(" ");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }
}
