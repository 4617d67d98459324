package io.contactkit.enrichment;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** A CSV dataset of companies, in the format of the package documentation, read with Jackson's CSV format. */
final class CompanyCsv {

    private static final List<String> COLUMNS = List.of("EnrichId", "Name", "OrgNr", "Country", "Domains", "Phones",
            "Emails", "Street.Address1", "Street.Address2", "Street.Address3", "Street.Zipcode", "Street.City",
            "Street.County", "Street.State", "Postal.Address1", "Postal.Address2", "Postal.Address3",
            "Postal.Zipcode", "Postal.City", "Postal.County", "Postal.State");
    private static final Set<String> LISTS = Set.of("Domains", "Phones", "Emails");
    private static final String LIST_SEPARATOR = "\\|";
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    /** RFC 4180: comma-separated, double quotes, a quote in a quoted field doubled; without a schema, each record is
     * an array of its fields. */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.SKIP_EMPTY_LINES).build();

    /** One record and the line of the file it starts on (from 1). */
    private record Row(int line, List<String> fields) {
    }

    private CompanyCsv() {
    }

    /** Every company in the file, by the line it is on ({@code line 7}). */
    static Map<String, KnownCompany> read(Reader reader) throws IOException {
        List<Row> rows = rows(reader);
        if (rows.isEmpty()) {
            throw new MalformedCompanyException("line 1", "the header naming the columns is missing");
        }
        List<String> columns = columns(rows.get(0));
        CompanyFormat format = new CompanyFormat(CompanyFormat.Unknown.REFUSE);
        Map<String, KnownCompany> companies = new LinkedHashMap<>();
        for (Row row : rows.subList(1, rows.size())) {
            String place = "line " + row.line();
            if (row.fields().size() != columns.size()) {
                throw new MalformedCompanyException(place, "has " + row.fields().size() + " fields where the header"
                        + " names " + columns.size() + " columns");
            }
            try {
                companies.put(place, format.read(tree(columns, row.fields())));
            } catch (MalformedCompanyException e) {
                throw new MalformedCompanyException(place, e.getMessage());
            }
        }
        return companies;
    }

    /**
     * The file's records with the line each starts on (from 1), empty lines skipped. A byte order mark at the start
     * is ignored; CSV that Jackson cannot read is refused naming its line.
     */
    private static List<Row> rows(Reader reader) throws IOException {
        String text = readAll(reader);
        if (text.startsWith(BYTE_ORDER_MARK)) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = CSV.reader(CsvSchema.emptySchema()).createParser(text)) {
            // each record is an array of its fields; its line is its first field's
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                List<String> fields = new ArrayList<>();
                int line = 0;
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    line = fields.isEmpty() ? parser.currentTokenLocation().getLineNr() : line;
                    fields.add(parser.getString());
                }
                rows.add(new Row(line, fields));
            }
        } catch (JacksonException e) {
            throw new MalformedCompanyException("line " + e.getLocation().getLineNr(), e.getOriginalMessage());
        }
        return rows;
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    /** The header's column names in the format's spelling. */
    private static List<String> columns(Row header) {
        Map<String, String> spelling = new HashMap<>();
        COLUMNS.forEach(column -> spelling.put(column.toLowerCase(Locale.ROOT), column));
        List<String> columns = new ArrayList<>();
        for (String given : header.fields()) {
            String column = spelling.get(given.trim().toLowerCase(Locale.ROOT));
            if (column == null) {
                throw new MalformedCompanyException("line " + header.line(), "unknown column '" + given
                        + "'; the columns are " + String.join(", ", COLUMNS));
            }
            if (columns.contains(column)) {
                throw new MalformedCompanyException("line " + header.line(), "column " + column + " is named twice");
            }
            columns.add(column);
        }
        return columns;
    }

    /** One line as the document tree {@link CompanyFormat} reads: Street.City under Street, lists split. */
    private static Map<String, Object> tree(List<String> columns, List<String> values) {
        Map<String, Object> company = new LinkedHashMap<>();
        Map<String, Map<String, Object>> addresses = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            String value = values.get(i);
            int dot = column.indexOf('.');
            if (dot > 0) {
                addresses.computeIfAbsent(column.substring(0, dot), address -> new LinkedHashMap<>())
                        .put(column.substring(dot + 1), value);
            } else if (LISTS.contains(column)) {
                company.put(column, Arrays.asList(value.split(LIST_SEPARATOR, -1)));
            } else {
                company.put(column, value);
            }
        }
        company.putAll(addresses);
        return company;
    }
}
