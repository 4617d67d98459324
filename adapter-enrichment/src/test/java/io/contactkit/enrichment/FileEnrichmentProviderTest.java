package io.contactkit.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.model.StructuredAddress;
import io.contactkit.domain.port.CompanyRecord;
import io.contactkit.domain.port.EnrichmentQuery;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileEnrichmentProviderTest {

    private static final FileEnrichmentProvider SAMPLE = FileEnrichmentProvider.sample();

    @TempDir
    Path directory;

    @Test
    void sampleCompanyIsAnsweredWithEverythingItsEntryHolds() {
        CompanyRecord fjordlys = SAMPLE.lookup(byEnrichId("no-914778271")).orElseThrow();

        assertEquals(new CompanyRecord("no-914778271", "Fjordlys Instrumenter AS", "914 778 271",
                StructuredAddress.builder().address1("Postboks 120 Sentrum").zipcode("0102").city("Oslo").build(),
                StructuredAddress.builder().address1("Brygga 4").zipcode("0150").city("Oslo").build(),
                List.of("+47 22 40 11 00"), List.of("post@fjordlys.example"), List.of("fjordlys.example")),
                fjordlys);
    }

    @Test
    void eachKeyFindsItsCompany() {
        assertEquals("Bergtind Bakeri AS", name(query(null, "926455310", List.of(), null, null)));
        assertEquals("Lindenhof Maschinenbau GmbH", name(query(null, "de811907223", List.of(), null, null)));
        assertEquals("Norrsken Mjukvara AB", name(query(null, null, List.of("www.Norrsken-Mjukvara.example"),
                null, null)));
        assertEquals("Thistledown Analytics Ltd", name(query(null, null, List.of(), "thistledown  analytics LTD",
                "GB")));
    }

    @Test
    void keysAreTriedInOrderAndTheFirstThatMatchesDecides() {
        EnrichmentQuery everything = query("dk-39127745", "926455310", List.of("fjordlys.example"),
                "Thistledown Analytics Ltd", "GB");
        assertEquals("Havbrise ApS", name(everything));
        assertEquals("Bergtind Bakeri AS", name(query("unknown", "926455310", List.of("fjordlys.example"),
                "Thistledown Analytics Ltd", "GB")));
        assertEquals("Fjordlys Instrumenter AS", name(query(null, "000000000",
                List.of("unknown.example", "fjordlys.example", "havbrise.example"), "Thistledown Analytics Ltd",
                "GB")));
        assertEquals("Thistledown Analytics Ltd", name(query(null, "000000000", List.of("unknown.example"),
                "Thistledown Analytics Ltd", "GB")));
    }

    @Test
    void nameMatchesOnlyWithinTheCountryAndNeverByGuessing() {
        assertEquals("no-930112233", enrichId(query(null, null, List.of(), "Polar Consulting", "NO")));
        assertEquals("se-5591122334", enrichId(query(null, null, List.of(), "Polar Consulting", "se")));
        assertEquals(Optional.empty(), SAMPLE.lookup(query(null, null, List.of(), "Polar Consulting", null)));
        assertEquals(Optional.empty(), SAMPLE.lookup(query(null, null, List.of(), "Polar Consulting", "DK")));
        assertEquals(Optional.empty(), SAMPLE.lookup(query(null, null, List.of(), "Havbrise ApS", "NO")));
    }

    @Test
    void unknownCompanyIsNotAnswered() {
        assertEquals(Optional.empty(), SAMPLE.lookup(query("nope", "123", List.of("nobody.example"), "Nobody",
                "NO")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-914778271", "no-926455310", "se-5590123456", "dk-39127745", "de-811907223",
        "gb-09876543", "us-841234567", "no-930112233", "se-5591122334"})
    void csvDatasetAnswersAsTheJsonOne(String enrichId) throws URISyntaxException {
        FileEnrichmentProvider csv = FileEnrichmentProvider.load(
                Path.of(getClass().getResource("sample-companies.csv").toURI()));

        Optional<CompanyRecord> fromCsv = csv.lookup(byEnrichId(enrichId));

        assertTrue(fromCsv.isPresent());
        assertEquals(SAMPLE.lookup(byEnrichId(enrichId)), fromCsv);
    }

    @Test
    void jsonFileIsReadLikeTheSample() throws IOException {
        Path file = write("companies.JSON", "[{\"EnrichId\": \"x-1\", \"name\": \" Acme \", \"Phones\": [\"1\"]}]");

        assertEquals(new CompanyRecord("x-1", "Acme", null, null, null, List.of("1"), List.of(), List.of()),
                FileEnrichmentProvider.load(file).lookup(byEnrichId("x-1")).orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "companies.json | {} | not a JSON array",
        "companies.json | [{\"EnrichId\": \"a\"}] | [0]: Name: is required",
        "companies.json | [{\"Name\": \"A\"}] | [0]: EnrichId: is required",
        "companies.json | [{\"EnrichId\": \"a\", \"Name\": \"A\"}, {\"EnrichId\": \"a\", \"Name\": \"B\"}]"
            + " | [1]: EnrichId: 'a' is the EnrichId of an earlier company too",
        "companies.json | [{\"EnrichId\": \"a\", \"Name\": \"A\", \"Street\": {\"Zip\": \"1\"}}]"
            + " | [0]: Street.Zip: unknown property",
        "companies.json | [{\"EnrichId\": \"a\", \"Name\": \"A\","
            + " \"Street\": {\"Zipcode\": \"123456789012345678901\"}}]"
            + " | [0]: Street.Zipcode: is longer than 20 characters",
        "companies.json | [{\"EnrichId\": \"a\", \"EnrichId\": \"b\", \"Name\": \"A\"}] | not JSON",
        "companies.json | [{\"EnrichId\": \"a\" | not JSON",
        "companies.csv | `` | line 1: the header naming the columns is missing",
        "companies.csv | `EnrichId,Name,Zip\na,A,1` | line 1: unknown column 'Zip'",
        "companies.csv | `EnrichId,Name,name\na,A,1` | line 1: column Name is named twice",
        "companies.csv | `EnrichId,Name\na,A\n\nb` | line 4: has 1 fields where the header names 2",
        "companies.csv | `EnrichId,Name,Emails\na,A,x@a.example|y@a.example\nb,,` | line 3: Name: is required",
        "companies.csv | `EnrichId,Name\na,\"A\nb,B` | line 3: Missing closing quote",
        "companies.txt | `EnrichId,Name\na,A` | a .json or a .csv file",
    })
    void datasetThatBreaksTheFormatIsRefusedNamingThePlace(String fileName, String content, String message)
            throws IOException {
        Path file = write(fileName, content.replace("\\n", "\n"));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> FileEnrichmentProvider.load(file));

        assertTrue(refused.getMessage().startsWith(file.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    @Test
    void csvFieldsInQuotesHoldCommasQuotesAndLineBreaksAfterAByteOrderMarkAndEmptyLines() throws IOException {
        Path file = write("companies.csv", "\uFEFFEnrichId,Name,Street.Address1\r\n\r\n"
                + "a,\"Acme, \"\"the\"\" Inc.\",\"Box 1\nBack door\"\r\n\nb,Plain,\"\"\n");
        FileEnrichmentProvider provider = FileEnrichmentProvider.load(file);

        CompanyRecord acme = provider.lookup(byEnrichId("a")).orElseThrow();
        assertEquals("Acme, \"the\" Inc.", acme.name());
        assertEquals("Box 1\nBack door", acme.street().address1());
        assertEquals("Plain", provider.lookup(byEnrichId("b")).orElseThrow().name());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String name(EnrichmentQuery query) {
        return SAMPLE.lookup(query).orElseThrow().name();
    }

    private static String enrichId(EnrichmentQuery query) {
        return SAMPLE.lookup(query).orElseThrow().enrichId();
    }

    private static EnrichmentQuery byEnrichId(String enrichId) {
        return query(enrichId, null, List.of(), null, null);
    }

    private static EnrichmentQuery query(String enrichId, String orgNr, List<String> domains, String name,
                                         String country) {
        return new EnrichmentQuery(enrichId, orgNr, domains, name, country);
    }
}
