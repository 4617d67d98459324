package io.contactkit.enrichment;

import io.contactkit.domain.port.CompanyRecord;
import io.contactkit.domain.port.EnrichmentProvider;
import io.contactkit.domain.port.EnrichmentQuery;
import io.contactkit.domain.rules.WebDomains;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Looks companies up in a dataset read once from a JSON or CSV file (formats and lookup order in the package
 * documentation). The dataset is held in memory and never changes.
 */
public final class FileEnrichmentProvider implements EnrichmentProvider {

    private static final String SAMPLE = "sample-companies.json";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Map<String, KnownCompany> byEnrichId = new HashMap<>();
    private final Map<String, List<KnownCompany>> byOrgNr = new HashMap<>();
    private final Map<String, List<KnownCompany>> byDomain = new HashMap<>();
    private final Map<String, List<KnownCompany>> byName = new HashMap<>();

    private FileEnrichmentProvider(Map<String, KnownCompany> companiesByPlace) {
        companiesByPlace.forEach(this::add);
    }

    /**
     * The dataset in the file, in the format its extension names ({@code .json} or {@code .csv}).
     *
     * @throws IllegalArgumentException naming the file and the place in it when it breaks the format
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static FileEnrichmentProvider load(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".json")) {
            throw new IllegalArgumentException(file + ": an enrichment dataset is a .json or a .csv file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, csv, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the enrichment dataset " + file, e);
        }
    }

    /** The fictitious companies that ship with ContactKit, the default dataset. */
    public static FileEnrichmentProvider sample() {
        try (InputStream in = FileEnrichmentProvider.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing from the class path");
            }
            return read(in, false, SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SAMPLE, e);
        }
    }

    /** Tries the query's keys in order; the first that matches exactly one company decides. */
    @Override
    public Optional<CompanyRecord> lookup(EnrichmentQuery query) {
        String country = query.countryCode() == null ? null : query.countryCode().toUpperCase(Locale.ROOT);
        Optional<KnownCompany> found = Optional.ofNullable(query.enrichId()).map(String::trim).map(byEnrichId::get);
        if (found.isEmpty() && query.orgNr() != null) {
            found = single(byOrgNr.get(orgNrKey(query.orgNr())), country);
        }
        for (int i = 0; found.isEmpty() && i < query.domains().size(); i++) {
            found = single(byDomain.get(domainKey(query.domains().get(i))), country);
        }
        if (found.isEmpty() && query.name() != null) {
            found = single(inCountry(byName.get(nameKey(query.name())), country), null);
        }
        return found.map(KnownCompany::record);
    }

    private static FileEnrichmentProvider read(InputStream in, boolean csv, String source) throws IOException {
        try {
            return new FileEnrichmentProvider(csv
                    ? CompanyCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8))
                    : fromJson(in));
        } catch (MalformedCompanyException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Map<String, KnownCompany> fromJson(InputStream in) {
        if (!(JSON.readValue(in, Object.class) instanceof List<?> entries)) {
            throw new MalformedCompanyException("", "the dataset is not a JSON array of companies");
        }
        CompanyFormat format = new CompanyFormat(CompanyFormat.Unknown.REFUSE);
        Map<String, KnownCompany> companies = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String place = "[" + i + "]";
            try {
                companies.put(place, format.read(entries.get(i)));
            } catch (MalformedCompanyException e) {
                throw new MalformedCompanyException(place, e.getMessage());
            }
        }
        return companies;
    }

    private void add(String place, KnownCompany company) {
        CompanyRecord record = company.record();
        if (record.enrichId() == null) {
            throw new MalformedCompanyException(place, "EnrichId: is required in a dataset");
        }
        if (byEnrichId.putIfAbsent(record.enrichId(), company) != null) {
            throw new MalformedCompanyException(place, "EnrichId: '" + record.enrichId()
                    + "' is the EnrichId of an earlier company too");
        }
        index(byOrgNr, record.orgNr(), FileEnrichmentProvider::orgNrKey, company);
        record.domains().forEach(domain -> index(byDomain, domain, FileEnrichmentProvider::domainKey, company));
        index(byName, record.name(), FileEnrichmentProvider::nameKey, company);
    }

    private static void index(Map<String, List<KnownCompany>> index, String value, Function<String, String> key,
                              KnownCompany company) {
        if (value != null && !key.apply(value).isEmpty()) {
            List<KnownCompany> companies = index.computeIfAbsent(key.apply(value), k -> new ArrayList<>());
            if (!companies.contains(company)) {
                companies.add(company);
            }
        }
    }

    /** The one company of the candidates, the country breaking a tie; none when it stays ambiguous. */
    private static Optional<KnownCompany> single(List<KnownCompany> candidates, String country) {
        if (candidates == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        List<KnownCompany> inCountry = inCountry(candidates, country);
        return country != null && inCountry.size() == 1 ? Optional.of(inCountry.get(0)) : Optional.empty();
    }

    private static List<KnownCompany> inCountry(List<KnownCompany> candidates, String country) {
        if (candidates == null || country == null) {
            return candidates;
        }
        return candidates.stream().filter(company -> country.equals(company.country())).toList();
    }

    /** Organisation numbers are written with spaces, dots or dashes, and VAT numbers in either case. */
    private static String orgNrKey(String orgNr) {
        StringBuilder key = new StringBuilder();
        orgNr.codePoints().filter(Character::isLetterOrDigit).map(Character::toUpperCase).forEach(key::appendCodePoint);
        return key.toString();
    }

    /** As the core reads a contact's domains, so that the two compare. */
    private static String domainKey(String domain) {
        return WebDomains.ofAddress(domain).orElse("");
    }

    private static String nameKey(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
