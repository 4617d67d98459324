package io.contactkit.enrichment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReaderTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        List<CsvReader.Row> rows = CsvReader.rows(new StringReader(
                "\uFEFFName,Note\r\n\"Acme, Inc.\",\"says \"\"hi\"\"\nand bye\"\r\nPlain,\"\"\n"));

        assertEquals(List.of(new CsvReader.Row(1, List.of("Name", "Note")),
                new CsvReader.Row(2, List.of("Acme, Inc.", "says \"hi\"\nand bye")),
                new CsvReader.Row(4, List.of("Plain", ""))), rows);
    }

    @Test
    void emptyLinesAreSkippedAndEveryLineEndCounts() throws IOException {
        List<CsvReader.Row> rows = CsvReader.rows(new StringReader("a,b\n\r\n\rc,\r,d"));

        assertEquals(List.of(new CsvReader.Row(1, List.of("a", "b")), new CsvReader.Row(4, List.of("c", "")),
                new CsvReader.Row(5, List.of("", "d"))), rows);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "quote inside a field  | `a,b\nc,d\"e\"`   | line 2: a quote inside a field that is not quoted",
        "text after a quote    | `a,\"b\"c`        | line 1: text after a quoted field's closing quote",
        "quote never closed    | `a\n\"b,\nc\nd`   | line 2: a quoted field is not closed",
    })
    void brokenCsvIsRefusedWithItsLine(String what, String csv, String message) {
        MalformedCompanyException refused = assertThrows(MalformedCompanyException.class,
                () -> CsvReader.rows(new StringReader(csv.replace("\\n", "\n"))));

        assertTrue(refused.getMessage().startsWith(message), refused.getMessage());
    }
}
