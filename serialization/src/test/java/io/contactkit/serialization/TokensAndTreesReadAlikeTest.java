package io.contactkit.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.codec.Documents;
import io.contactkit.codec.ScalarSource;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.ContactEntity;
import io.contactkit.domain.port.CustomFieldCatalog;
import io.contactkit.domain.port.CustomFieldDefinition;
import io.contactkit.domain.port.CustomFieldKind;
import io.contactkit.domain.port.CustomFieldType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A JSON contact body is read straight from its tokens; the same body as a plain tree is read by the same model. Every
 * well-formed body of the fuzz corpus (the seed samples and the tricky ones) and a few written for the edges must give
 * the same contact, or the same violations at the same paths, either way. (A string over its property's max length is
 * refused only by the tokens, as soon as it is read; a tree has no lengths.)
 */
class TokensAndTreesReadAlikeTest {

    private static final CustomFieldCatalog CATALOG = CustomFieldCatalog.of(List.of(
            new CustomFieldDefinition("SuperOffice:2", CustomFieldKind.USER_DEFINED, CustomFieldType.INTEGER, 0, null),
            new CustomFieldDefinition("x_region", CustomFieldKind.EXTRA, CustomFieldType.LIST, 0,
                    List.of("north", "south"))), false);
    private static final List<String> EDGES = List.of(
            "{\"name\":\"A\",\"NAME\":\"B\",\"Emails\":[{\"Value\":\"a\",\"VALUE\":\"b\",\"Rank\":1}]}",
            "{\"Emails\":[{\"Value\":\"a\",\"TableRight\":{\"Mask\":\"x\"},\"tableright\":5,\"FIELDPROPERTIES\":[]}]}",
            "{\"tableright\":{\"Mask\":\"Read\"},\"FieldProperties\":{\"Name\":{\"FieldRight\":{\"Mask\":7}}}}",
            "{\"TableRight\":\"not a carrier\",\"UpdatedDate\":\"yesterday\",\"ContactId\":\"12\"}",
            "{\"CustomFields\":{\"x_region\":\"[I:2]\",\"x_region:DisplayText\":\"south\",\"SuperOffice:2\":7,"
                    + "\"other\":{\"a\":1},\"list\":[1]}}",
            "{\"Address\":\"\",\"Persons\":{},\"Interests\":[null,{\"ChildItems\":\"x\"}],\"Domains\":[1,true]}",
            "{\"Associate\":{\"Type\":\"internalassociate\"},\"CreatedBy\":{\"Type\":99},\"Deleted\":\"1\"}",
            "{\"DbiLastModified\":\"0001-01-01T00:00:00\",\"DbiLastSyncronized\":\"2024-05-01T14:00:00+02:00\"}",
            "{\"_Links\":{\"Self\":\"x\"},\"InitialUtmParameters\":null,\"Departmnet\":{\"deep\":[{\"x\":1}]}}");

    private final WireFormat wire = new WireFormat(Limits.defaults(), CATALOG);
    private final JsonTreeReader trees = new JsonTreeReader(Limits.defaults(), JsonTokens.factory(Limits.defaults()));

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void aBodyReadsAlikeFromItsTokensAndFromItsTree(String name, byte[] body) {
        Object tree;
        try {
            tree = trees.read(RequestBody.read(new ByteArrayInputStream(body), Limits.defaults()));
        } catch (InvalidInputException notWellFormed) {
            return;
        }
        if (!(tree instanceof Map<?, ?> object)) {
            return;
        }
        String fromTokens = outcome(() -> wire.readContact(new ByteArrayInputStream(body), "application/json"));
        if (fromTokens.contains("is longer than")) {
            return;
        }
        @SuppressWarnings("unchecked")
        String fromTree = outcome(() -> Documents.read(ContactEntity.class, (Map<String, ?>) object,
                ScalarSource.JSON, CATALOG));

        assertEquals(fromTree, fromTokens);
    }

    static Stream<Object[]> bodies() throws IOException, URISyntaxException {
        List<Object[]> bodies = new ArrayList<>();
        Path corpus = Path.of(TokensAndTreesReadAlikeTest.class
                .getResource("ContactReaderFuzzTestInputs/jsonBodyIsReadOrRefused").toURI());
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.sorted().toList()) {
                bodies.add(new Object[] {file.getFileName().toString(), read(file)});
            }
        }
        assertTrue(bodies.size() > 20, "the fuzz corpus is on the test class path");
        for (int i = 0; i < EDGES.size(); i++) {
            bodies.add(new Object[] {"edge " + i, EDGES.get(i).getBytes(StandardCharsets.UTF_8)});
        }
        return bodies.stream();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String outcome(Supplier<ContactEntity> read) {
        try {
            return "read " + read.get();
        } catch (InvalidInputException refused) {
            return "refused " + refused.violations();
        }
    }
}
