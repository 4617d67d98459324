package io.contactkit.http;

import io.contactkit.domain.Caller;
import io.contactkit.domain.failure.InvalidInputException;
import io.contactkit.domain.model.Contact;
import io.contactkit.domain.schema.Selection;
import io.contactkit.domain.search.ArchivePage;
import io.contactkit.domain.search.ArchiveRequest;
import io.contactkit.domain.search.ContactArchive;
import io.contactkit.serialization.ResponseType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finding contacts: {@code GET Contact} (the archive's OData query), {@code GetContactList} and
 * {@code GetMyContacts}. The query options go to the core as the client wrote them; this class only picks the
 * answer's form ({@code $format}, {@code $mode}, {@code $jsonSafe}) and writes the next link.
 * {@code $entities}, {@code $options}, {@code $context} and {@code $output} are accepted and change nothing: the
 * archive has one entity, contact, and no provider options.
 */
final class ArchiveEndpoints {

    private static final String SKIP = "$skip";
    private static final String SKIP_TOKEN = "$skiptoken";

    private final ContactArchive archive;
    private final Answers answers;

    /** @param archive the archive, or null when the embedding application configured none (404) */
    ArchiveEndpoints(ContactArchive archive, Answers answers) {
        this.archive = archive;
        this.answers = answers;
    }

    static boolean handles(Endpoint endpoint) {
        return endpoint == Endpoint.FIND_CONTACTS || endpoint == Endpoint.GET_CONTACT_LIST
                || endpoint == Endpoint.GET_MY_CONTACTS;
    }

    void handle(Route route, Exchange exchange, Caller caller) {
        if (archive == null) {
            throw RequestRefused.notFound(exchange.path());
        }
        switch (route.endpoint()) {
            case FIND_CONTACTS -> find(exchange, caller);
            case GET_CONTACT_LIST -> contactList(exchange, caller);
            case GET_MY_CONTACTS -> myContacts(exchange, caller);
            default -> throw new IllegalStateException("not an archive endpoint: " + route.endpoint());
        }
    }

    private void find(Exchange exchange, Caller caller) {
        ResponseType type = format(exchange);
        boolean full = full(exchange);
        boolean jsonSafe = flag(exchange, "$jsonSafe");
        ZoneId zone = TimeZones.requested(exchange.header("SO-TimeZone"));
        ArchivePage page = archive.find(new ArchiveRequest(option(exchange, "$select"), option(exchange, "$filter"),
                option(exchange, "$orderBy"), option(exchange, "$top"), option(exchange, SKIP),
                option(exchange, SKIP_TOKEN), zone), caller);
        String nextLink = page.nextSkipToken().map(token -> nextLink(exchange, token)).orElse(null);
        answers.archivePage(exchange, page, exchange.baseUrl() + "/api/v1/archive$metadata", nextLink, zone, full,
                jsonSafe, type);
    }

    private void contactList(Exchange exchange, Caller caller) {
        Answers.Plan plan = plan(exchange);
        List<Contact> contacts = archive.contactList(answers.readContactIds(exchange), caller);
        answers.contacts(exchange, plan, contacts);
    }

    private void myContacts(Exchange exchange, Caller caller) {
        Answers.Plan plan = plan(exchange);
        answers.contacts(exchange, plan, archive.myContacts(caller));
    }

    /** The answer's form, worked out before the core is called; {@code $select} against the Contact carrier. */
    private Answers.Plan plan(Exchange exchange) {
        Answers.Plan plan = answers.plan(exchange, Selection.all());
        return new Answers.Plan(plan.type(), Selection.parse(option(exchange, "$select"), Contact.class),
                plan.zone());
    }

    /**
     * The same query, with a {@code $skiptoken} that continues after this page in place of the page's own
     * {@code $skip} and {@code $skiptoken}; the other options as the client encoded them.
     */
    private static String nextLink(Exchange exchange, String token) {
        String query = exchange.request().getQueryString();
        List<String> kept = new ArrayList<>();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String name = decoded(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
            if (!pair.isEmpty() && !name.equalsIgnoreCase(SKIP) && !name.equalsIgnoreCase(SKIP_TOKEN)) {
                kept.add(pair);
            }
        }
        kept.add(SKIP_TOKEN + "=" + token);
        return exchange.baseUrl() + exchange.path() + "?" + String.join("&", kept);
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** {@code $format=JSON|XML} over the Accept header. */
    private ResponseType format(Exchange exchange) {
        String format = option(exchange, "$format");
        if (format == null || format.isBlank()) {
            return answers.plan(exchange, Selection.all()).type();
        }
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> ResponseType.APPLICATION_JSON;
            case "xml" -> ResponseType.APPLICATION_XML;
            default -> throw InvalidInputException.of("$format", "is JSON or XML, not " + shown(format));
        };
    }

    /** {@code $mode}: Slim and Wide answer display values, Full raw and display values. */
    private static boolean full(Exchange exchange) {
        String mode = option(exchange, "$mode");
        if (mode == null || mode.isBlank()) {
            return false;
        }
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "slim", "wide" -> false;
            case "full" -> true;
            default -> throw InvalidInputException.of("$mode", "is Slim, Wide or Full, not " + shown(mode));
        };
    }

    private static boolean flag(Exchange exchange, String name) {
        String value = option(exchange, name);
        if (value == null || value.isBlank()) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.strip());
        }
        throw InvalidInputException.of(name, "is true or false, not " + shown(value));
    }

    private static String option(Exchange exchange, String name) {
        return exchange.queryParameter(name).orElse(null);
    }

    private static String shown(String value) {
        return "'" + (value.length() <= 20 ? value : value.substring(0, 20) + "...") + "'";
    }
}
