package io.contactkit.http;

import io.contactkit.domain.Caller;
import io.contactkit.domain.ContactService;
import io.contactkit.domain.Culture;
import io.contactkit.domain.rights.Principal;
import io.contactkit.http.authentication.AccountStore;
import io.contactkit.http.authentication.Authenticator;
import io.contactkit.http.authentication.BuiltInAuthenticator;
import io.contactkit.serialization.Limits;
import io.contactkit.serialization.WireFormat;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 *         .authenticator(myAuthenticator)
 *         .build();
 * }</pre>
 */
public final class ContactApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ContactApiServlet.class);

    private final transient ContactEndpoints contacts;
    private final transient SessionEndpoints sessions;
    private final transient Answers answers;
    private final transient Authenticator authenticator;
    private final transient AppTokens appTokens;
    private final transient Limits limits;
    private final transient RequestMeters meters;
    private final long slowNanos;

    private ContactApiServlet(Builder builder) {
        this.limits = Limits.defaults().withMaxBodyBytes((int) builder.maxBodyBytes);
        this.answers = new Answers(new WireFormat(limits, builder.contacts.customFieldCatalog()));
        this.contacts = new ContactEndpoints(builder.contacts, answers);
        BuiltInAuthenticator builtIn = builder.accounts == null ? null : new BuiltInAuthenticator(builder.accounts);
        this.authenticator = builtIn == null ? builder.authenticator : builtIn;
        this.sessions = builtIn == null ? null : new SessionEndpoints(builder.accounts, builtIn);
        this.appTokens = new AppTokens(builder.appTokens);
        this.slowNanos = builder.slowRequestThreshold.toNanos();
        this.meters = new RequestMeters(builder.meterRegistry);
    }

    public static Builder builder(ContactService contacts) {
        return new Builder(contacts);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        Exchange exchange = new Exchange(request, response, System.nanoTime(), limits);
        try {
            handle(exchange);
        } catch (RuntimeException failure) {
            Problems.Answer answer = Problems.answerFor(failure, exchange.method(), exchange.path());
            answers.problem(exchange, answer.problem(), answer.headers());
        } finally {
            long elapsed = exchange.elapsedNanos();
            meters.record(exchange.endpoint(), exchange.method(), response.getStatus(), elapsed);
            if (elapsed > slowNanos) {
                LOG.warn("slow request: {} {} took {} ms", exchange.method(), exchange.path(),
                        TimeUnit.NANOSECONDS.toMillis(elapsed));
            }
        }
    }

    private void handle(Exchange exchange) {
        Route route;
        try {
            route = Route.match(exchange.method(), exchange.path());
            exchange.routedTo(route.endpoint());
        } catch (RequestRefused unrouted) {
            authenticate(exchange); // who may not use the API learns nothing about its paths
            throw unrouted;
        }
        if (route.endpoint() == Endpoint.SIGN_IN) {
            requireAppToken(exchange);
            sessionEndpoints(exchange).signIn(exchange);
            return;
        }
        Principal principal = authenticate(exchange);
        if (route.endpoint() == Endpoint.SIGN_OUT) {
            sessionEndpoints(exchange).signOut(exchange);
            return;
        }
        String languageTag = Languages.requestedTag(exchange.header("SO-Language"), exchange.header("Accept-Language"));
        Culture culture = Cultures.requested(exchange.header("SO-Culture"), languageTag);
        contacts.handle(route, exchange, new Caller(principal, Culture.primaryLanguage(languageTag), culture));
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
        private Authenticator authenticator;
        private AccountStore accounts;
        private Collection<String> appTokens = List.of();
        private long maxBodyBytes = Limits.DEFAULT_MAX_BODY_BYTES;
        private Duration slowRequestThreshold = Duration.ofMillis(2000);
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

        /** Requests slower than this are logged at WARN with method, path and duration. Default 2000 ms. */
        public Builder slowRequestThreshold(Duration threshold) {
            if (threshold.isNegative()) {
                throw new IllegalArgumentException("a slow-request threshold cannot be negative");
            }
            this.slowRequestThreshold = threshold;
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
