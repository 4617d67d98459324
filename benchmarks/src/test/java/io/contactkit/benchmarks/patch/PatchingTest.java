package io.contactkit.benchmarks.patch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.contactkit.benchmarks.Samples;
import io.contactkit.domain.testing.TestJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The patch benchmarks compare like with like: every library turns the same bytes into the same contact. */
class PatchingTest {

    private static final byte[] CONTACT = Samples.storedContact();
    private static final ContactKitPatching CONTACT_KIT = new ContactKitPatching();

    static Stream<Arguments> jsonPatchPeers() {
        return Stream.of(
                Arguments.of("zjsonpatch", (BinaryOperator<byte[]>) new ZjsonpatchPatching()::jsonPatch),
                Arguments.of("json-tools", (BinaryOperator<byte[]>) new JsonToolsPatching()::jsonPatch),
                Arguments.of("parsson", (BinaryOperator<byte[]>) new ParssonPatching()::jsonPatch));
    }

    static Stream<Arguments> mergePatchPeers() {
        return Stream.of(
                Arguments.of("json-tools", (BinaryOperator<byte[]>) new JsonToolsPatching()::mergePatch),
                Arguments.of("parsson", (BinaryOperator<byte[]>) new ParssonPatching()::mergePatch));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonPatchPeers")
    void jsonPatchPeerGivesTheContactOursGives(String peer, BinaryOperator<byte[]> patching) {
        byte[] theirs = patching.apply(CONTACT, Samples.jsonPatch());

        assertSameJson(CONTACT_KIT.jsonPatch(CONTACT, Samples.jsonPatch()), CONTACT_KIT.canonical(theirs));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mergePatchPeers")
    void mergePatchPeerGivesTheContactOursGives(String peer, BinaryOperator<byte[]> patching) {
        byte[] theirs = patching.apply(CONTACT, Samples.mergePatch());

        assertSameJson(CONTACT_KIT.mergePatch(CONTACT, Samples.mergePatch()), CONTACT_KIT.canonical(theirs));
    }

    @Test
    void mergePatchHasTheEffectOfTheJsonPatch() {
        assertSameJson(CONTACT_KIT.jsonPatch(CONTACT, Samples.jsonPatch()),
                CONTACT_KIT.mergePatch(CONTACT, Samples.mergePatch()));
    }

    @Test
    void jsonPatchChangesWhatItNamesAndNothingElse() {
        Map<String, Object> before = TestJson.parseObject(text(CONTACT_KIT.canonical(CONTACT)));
        Map<String, Object> after = TestJson.parseObject(text(CONTACT_KIT.jsonPatch(CONTACT, Samples.jsonPatch())));

        assertEquals("Sales", after.get("Department"));
        assertEquals("Green, Upton and Wehner AS", after.get("Name"));
        List<?> emails = (List<?>) after.get("Emails");
        assertEquals(3, emails.size());
        assertEquals("sales@example.com", ((Map<?, ?>) emails.get(2)).get("Value"));
        assertFalse(((Map<?, ?>) after.get("CustomFields")).containsKey("CustomFields2"));
        for (String untouched : List.of("OrgNr", "Persons", "Interests", "Urls", "UserDefinedFields")) {
            assertEquals(before.get(untouched), after.get(untouched), untouched);
        }
    }

    @Test
    void tokenCopyWritesTheStoredContactAgainUnchanged() {
        byte[] copy = new JacksonTokenCopy().copy(CONTACT);

        assertEquals(TestJson.parseObject(text(CONTACT)), TestJson.parseObject(text(copy)));
        assertArrayEquals(CONTACT_KIT.canonical(CONTACT), CONTACT_KIT.canonical(copy));
    }

    private static void assertSameJson(byte[] expected, byte[] actual) {
        assertArrayEquals(expected, actual, () -> "expected\n" + text(expected) + "\nbut was\n" + text(actual));
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
