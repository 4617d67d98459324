package io.contactkit.http;

import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.Culture;
import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.search.ContactArchive;
import io.contactkit.http.authentication.AccountStore;
import io.contactkit.http.authentication.Authenticator;
import io.contactkit.http.authentication.BuiltInAuthenticator;
import io.contactkit.serialization.Limits;
import io.contactkit.serialization.WireFormat;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Contact API of the seed pages ({@code /api/v1/Contact...}, {@code /api/v1/Agents/Contact/...}) as one Jakarta
 * Servlet. Map it at {@code /*} (or any prefix of {@code /api/v1/}) in a context of any path; it routes on the path
 * below the context. An embedding application brings its own {@link ContactService} and {@link Authenticator}.
 *
 * <pre>{@code
 * ContactApiServlet servlet = ContactApiServlet.builder(contactService)
 *         .archive(new ContactArchive(contactSearch, listItems, Clock.systemUTC()))
 *         .authenticator(myAuthenticator)
 *         .build();
 * }</pre>
 *
 * <p>A request is refused on its request line and headers before any of its body is read: method and path,
 * credentials, the declared length and a content coding. A refused body is not read, and its connection is closed.
 * Where the servlet is registered with async support (Servlet API 3.1 non-blocking I/O), a body that is admitted is
 * read without a thread waiting for it, so slow clients cannot take the container's threads; without it, bodies are
 * read the blocking way.
 */
public final class ContactApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ContactApiServlet.class);
    /** How long what a client still sends after its request was refused is read and dropped. */
    private static final Duration LINGER = Duration.ofSeconds(2);
    /** Every body may take this long to arrive, besides the time its length takes at the least rate. */
    private static final Duration BODY_GRACE = Duration.ofSeconds(10);
    /** A sign-in form holds a user name and a password: a larger one is no sign-in. */
    private static final int MAX_SIGN_IN_BYTES = 8 * 1024;

    private final transient ContactEndpoints contacts;
    private final transient ArchiveEndpoints archive;
    private final transient SessionEndpoints sessions;
    private final transient Answers answers;
    private final transient Authenticator authenticator;
    private final transient AppTokens appTokens;
    private final transient Limits limits;
    private final transient LinkBase links;
    private final long minBodyRate;
    private final transient RequestMeters meters;
    private final long slowNanos;

    private ContactApiServlet(Builder builder) {
        this.limits = Limits.defaults().withMaxBodyBytes((int) builder.maxBodyBytes);
        this.answers = new Answers(new WireFormat(limits, builder.contacts.customFieldCatalog()));
        this.contacts = new ContactEndpoints(builder.contacts, answers);
        this.archive = new ArchiveEndpoints(builder.archive, answers);
        BuiltInAuthenticator builtIn = builder.accounts == null ? null : new BuiltInAuthenticator(builder.accounts);
        this.authenticator = builtIn == null ? builder.authenticator : builtIn;
        this.sessions = builtIn == null ? null : new SessionEndpoints(builder.accounts, builtIn);
        this.appTokens = new AppTokens(builder.appTokens);
        this.links = builder.links;
        this.minBodyRate = builder.minBodyRate;
        this.slowNanos = builder.slowRequestThreshold.toNanos();
        this.meters = new RequestMeters(builder.meterRegistry);
    }

    public static Builder builder(ContactService contacts) {
        return new Builder(contacts);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        Exchange exchange = new Exchange(request, response, System.nanoTime(), limits, links);
        Runnable work;
        try {
            work = admit(exchange);
        } catch (RuntimeException refused) {
            refuse(exchange, refused);
            return;
        }
        if (!exchange.hasBody() || !request.isAsyncSupported()) {
            answer(exchange, work);
            return;
        }
        try {
            BodyReading.start(exchange, bodyDeadline(exchange), () -> answer(exchange, work),
                    refused -> refuse(exchange, refused));
        } catch (IOException | RuntimeException unreadable) {
            refuse(exchange, BodyReading.cutShort(request));
        }
    }

    /**
     * What can be decided on the request line and headers alone: the route, who sends the request, whether its
     * body may be as large as it says and is sent as it is. Answers the work that remains, once the body is in.
     */
    private Runnable admit(Exchange exchange) {
        Route route;
        try {
            route = Route.match(exchange.method(), exchange.path());
            exchange.routedTo(route.endpoint());
        } catch (RequestRefused unrouted) {
            authenticate(exchange); // who may not use the API learns nothing about its paths
            exchange.authenticated();
            throw unrouted;
        }
        if (route.endpoint() == Endpoint.SIGN_IN) {
            requireAppToken(exchange);
            SessionEndpoints signIn = sessionEndpoints(exchange);
            exchange.limitBody(limits.withMaxBodyBytes(MAX_SIGN_IN_BYTES));
            requireReadableBody(exchange);
            return () -> signIn.signIn(exchange);
        }
        Principal principal = authenticate(exchange);
        exchange.authenticated();
        requireReadableBody(exchange);
        if (route.endpoint() == Endpoint.SIGN_OUT) {
            SessionEndpoints signOut = sessionEndpoints(exchange);
            return () -> signOut.signOut(exchange);
        }
        String languageTag = Languages.requestedTag(exchange.header("SO-Language"), exchange.header("Accept-Language"));
        Culture culture = Cultures.requested(exchange.header("SO-Culture"), languageTag);
        Caller caller = new Caller(principal, Culture.primaryLanguage(languageTag), culture);
        return () -> {
            if (ArchiveEndpoints.handles(route.endpoint())) {
                archive.handle(route, exchange, caller);
            } else {
                contacts.handle(route, exchange, caller);
            }
        };
    }

    /**
     * How long the body may take to arrive: 10 s, and a second for every {@code minBodyRate} bytes it announces (or,
     * sent in chunks without a length, for every such bytes it may hold at most).
     */
    private Duration bodyDeadline(Exchange exchange) {
        long declared = exchange.request().getContentLengthLong();
        long bytes = declared >= 0 ? declared : exchange.limits().maxBodyBytes();
        return BODY_GRACE.plusMillis(bytes * 1000 / minBodyRate);
    }

    /** A body larger than the limit says so in its Content-Length; one in a content coding in its header. */
    private static void requireReadableBody(Exchange exchange) {
        exchange.limits().requireBodyWithin(exchange.request().getContentLengthLong());
        String coding = exchange.header("Content-Encoding");
        if (coding != null && !coding.isBlank() && !coding.trim().equalsIgnoreCase("identity")) {
            throw RequestRefused.contentCoded(coding.trim());
        }
    }

    /**
     * Runs the work, answers a problem if it fails, logs a slow request, and ends the exchange: at once, or, where
     * the answer left a body unread, once what the client still sends of it has been dropped for a while.
     */
    private void answer(Exchange exchange, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError failure) {
            // an error too: run where the container reads bodies asynchronously, it would end the exchange as 200
            Problems.Answer answer = Problems.answerFor(failure, exchange.method(), exchange.path());
            try {
                answers.problem(exchange, answer.problem(), answer.headers());
            } catch (RuntimeException clientGone) {
                LOG.debug("{} {}: the answer could not be sent", LoggedText.of(exchange.method()),
                        LoggedText.of(exchange.path()), clientGone);
            }
        } finally {
            long elapsed = exchange.elapsedNanos();
            meters.record(exchange.endpoint(), exchange.method(), exchange.response().getStatus(), elapsed);
            if (elapsed > slowNanos) {
                LOG.warn("slow request: {} {} took {} ms", LoggedText.of(exchange.method()),
                        LoggedText.of(exchange.path()), TimeUnit.NANOSECONDS.toMillis(elapsed));
            }
            end(exchange);
        }
    }

    private void refuse(Exchange exchange, RuntimeException refusal) {
        answer(exchange, () -> {
            throw refusal;
        });
    }

    private static void end(Exchange exchange) {
        if (exchange.bodyUnread() && !exchange.readAsynchronously()) {
            try {
                if (BodyReading.dropRest(exchange, LINGER)) {
                    return;
                }
            } catch (IOException | RuntimeException cannot) {
                LOG.debug("the rest of a refused body is not dropped", cannot);
            }
        }
        exchange.complete();
    }

    private Principal authenticate(Exchange exchange) {
        requireAppToken(exchange);
        return authenticator.authenticate(exchange.request())
                .orElseThrow(() -> RequestRefused.unauthenticated(authenticator.challenges()));
    }

    private void requireAppToken(Exchange exchange) {
        if (!appTokens.admits(exchange.header("SO-AppToken"))) {
            throw RequestRefused.unauthenticated(authenticator.challenges());
        }
    }

    private SessionEndpoints sessionEndpoints(Exchange exchange) {
        if (sessions == null) {
            throw RequestRefused.notFound(exchange.path());
        }
        return sessions;
    }

    /** Configures the servlet; only the contact service is required when accounts or an authenticator is given. */
    public static final class Builder {

        private final ContactService contacts;
        private ContactArchive archive;
        private Authenticator authenticator;
        private AccountStore accounts;
        private Collection<String> appTokens = List.of();
        private long maxBodyBytes = Limits.DEFAULT_MAX_BODY_BYTES;
        private Duration slowRequestThreshold = Duration.ofMillis(2000);
        private long minBodyRate = 1024;
        private LinkBase links = LinkBase.ofRequest();
        private MeterRegistry meterRegistry;

        private Builder(ContactService contacts) {
            this.contacts = Objects.requireNonNull(contacts, "contacts");
        }

        /**
         * The built-in credential schemes (Basic, Bearer, SoTicket and the session cookie), checked against these
         * users, API tokens and sessions; also enables {@code POST /api/v1/Authentication/SignIn} and SignOut.
         */
        public Builder accounts(AccountStore accounts) {
            this.accounts = Objects.requireNonNull(accounts, "accounts");
            this.authenticator = null;
            return this;
        }

        /** An authenticator of the embedding application's own, in place of built-in accounts. */
        public Builder authenticator(Authenticator authenticator) {
            this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
            this.accounts = null;
            return this;
        }

        /**
         * The contact archive: {@code GET Contact} (the OData query), {@code GetContactList} and
         * {@code GetMyContacts}. Without it those answer 404.
         */
        public Builder archive(ContactArchive archive) {
            this.archive = Objects.requireNonNull(archive, "archive");
            return this;
        }

        /** The partner application tokens; when any is given, every request must carry one in SO-AppToken. */
        public Builder appTokens(Collection<String> tokens) {
            this.appTokens = List.copyOf(tokens);
            return this;
        }

        /** The largest request body read; a larger one is answered 413. Default 1 MiB. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a body limit between 1 byte and 2 GiB, not " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * The least rate, in bytes a second, a request body read asynchronously must arrive at on average: it has
         * 10 s, and a second for every this many bytes it announces, to arrive whole; a slower one is answered 408
         * and its connection closed. A client that stops sending altogether meets the container's idle timeout
         * first. Default 1024: a 1 MiB body within 17 minutes, a sign-in form within 10 seconds.
         */
        public Builder minBodyRate(long bytesPerSecond) {
            if (bytesPerSecond < 1) {
                throw new IllegalArgumentException("a body rate of at least 1 byte a second, not " + bytesPerSecond);
            }
            this.minBodyRate = bytesPerSecond;
            return this;
        }

        /** Requests slower than this are logged at WARN with method, path and duration. Default 2000 ms. */
        public Builder slowRequestThreshold(Duration threshold) {
            if (threshold.isNegative()) {
                throw new IllegalArgumentException("a slow-request threshold cannot be negative");
            }
            this.slowRequestThreshold = threshold;
            return this;
        }

        /**
         * The URL clients reach the servlet's context at (e.g. {@code https://crm.example.com/contacts}), which
         * {@code _Links} and {@code Location} start with. Without it, or {@link #linksToLocalAddress()}, they start
         * with the request's URL as the container reports it, so with the {@code Host} header the client sent:
         * then the container, or a proxy in front of it, must check that header.
         */
        public Builder publicUrl(URI url) {
            Objects.requireNonNull(url, "url");
            if (url.getScheme() == null || url.getHost() == null || url.getQuery() != null
                    || url.getFragment() != null) {
                throw new IllegalArgumentException("a public URL is an absolute http(s) URL without query or"
                        + " fragment, not " + url);
            }
            this.links = LinkBase.fixed(url);
            return this;
        }

        /**
         * {@code _Links} and {@code Location} start with the address and port the request's connection arrived at,
         * whatever its {@code Host} header says: for a server reached by its addresses, without a public URL.
         */
        public Builder linksToLocalAddress() {
            this.links = LinkBase.ofLocalAddress();
            return this;
        }

        /**
         * Where to record every request as the timer {@code contactkit.requests}, tagged by endpoint (the
         * operation's name, such as {@code get_contact}), method and status, with a latency histogram. Default: no
         * meters.
         */
        public Builder meterRegistry(MeterRegistry registry) {
            this.meterRegistry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        public ContactApiServlet build() {
            if (authenticator == null && accounts == null) {
                throw new IllegalStateException("an authenticator (or accounts) is required: the API is never open");
            }
            return new ContactApiServlet(this);
        }
    }
}
