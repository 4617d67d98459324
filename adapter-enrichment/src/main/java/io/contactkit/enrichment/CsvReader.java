package io.contactkit.enrichment;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: comma-separated fields, records ending in CRLF, LF or CR, fields in double quotes when they
 * hold commas, quotes or line breaks, a quote in a quoted field doubled. Empty lines are skipped; a byte order mark
 * at the start is ignored. Anything else is refused with the line it is on.
 */
final class CsvReader {

    /** One record and the line of the file it starts on (from 1). */
    record Row(int line, List<String> fields) {
    }

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private final PushbackReader in;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int line = 1;
    private int rowLine = 1;
    private boolean quoted;
    private boolean closedQuote;

    private CsvReader(Reader reader) {
        this.in = new PushbackReader(reader, 1);
    }

    static List<Row> rows(Reader reader) throws IOException {
        return new CsvReader(reader).readAll();
    }

    private List<Row> readAll() throws IOException {
        int c = in.read();
        if (c != BYTE_ORDER_MARK) {
            unread(c);
        }
        while ((c = in.read()) != -1) {
            if (quoted) {
                inQuotes(c);
            } else {
                outsideQuotes(c);
            }
        }
        if (quoted) {
            throw new MalformedCompanyException("line " + rowLine, "a quoted field is not closed");
        }
        endRow();
        return rows;
    }

    private void inQuotes(int c) throws IOException {
        if (c != '"') {
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
            return;
        }
        int next = in.read();
        if (next == '"') {
            field.append('"');
        } else {
            quoted = false;
            closedQuote = true;
            unread(next);
        }
    }

    private void outsideQuotes(int c) throws IOException {
        switch (c) {
            case ',' -> endField();
            case '\n' -> endLine();
            case '\r' -> {
                int next = in.read();
                if (next != '\n') {
                    unread(next);
                }
                endLine();
            }
            case '"' -> {
                if (field.length() > 0 || closedQuote) {
                    throw new MalformedCompanyException("line " + line, "a quote inside a field that is not quoted;"
                            + " quote the whole field and double the quotes in it");
                }
                quoted = true;
            }
            default -> {
                if (closedQuote) {
                    throw new MalformedCompanyException("line " + line, "text after a quoted field's closing quote");
                }
                field.append((char) c);
            }
        }
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
        closedQuote = false;
    }

    private void endLine() {
        endRow();
        line++;
        rowLine = line;
    }

    private void endRow() {
        boolean emptyLine = fields.isEmpty() && field.length() == 0 && !closedQuote;
        endField();
        if (!emptyLine) {
            rows.add(new Row(rowLine, List.copyOf(fields)));
        }
        fields.clear();
    }

    private void unread(int c) throws IOException {
        if (c != -1) {
            in.unread(c);
        }
    }
}
