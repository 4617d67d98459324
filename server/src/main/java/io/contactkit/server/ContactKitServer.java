package io.contactkit.server;

import io.contactkit.domain.ContactService;
import io.contactkit.domain.port.EnrichmentProvider;
import io.contactkit.enrichment.FileEnrichmentProvider;
import io.contactkit.enrichment.HttpEnrichmentProvider;
import io.contactkit.http.ContactApiServlet;
import io.contactkit.http.authentication.BuiltInAuthenticator;
import io.contactkit.jdbc.JdbcSettings;
import io.contactkit.jdbc.JdbcStore;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The standalone server: the one place that assembles the adapters (JDBC store, enrichment provider, and
 * serialization and patch through the servlet) around the core, on embedded Jetty, with the accounts in the database,
 * health checks, Prometheus metrics and CORS. Stopping it lets requests in flight finish, then closes the pool.
 */
public final class ContactKitServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContactKitServer.class);
    private static final long STOP_TIMEOUT_MILLIS = 30_000;
    private static final long SHUTDOWN_IDLE_TIMEOUT_MILLIS = 10_000;
    /** What SuperOffice's clients send across origins, beyond what CORS allows anyway. */
    private static final Set<String> CORS_REQUEST_HEADERS = Set.of("Authorization", "Content-Type", "Accept",
            "Accept-Language", "SO-AppToken", "SO-Language", "SO-Culture", "SO-TimeZone", "SO-Browser-TZ-Offset",
            BuiltInAuthenticator.XSRF_HEADER, "If-Match", "If-None-Match", "If-Modified-Since", "If-Unmodified-Since",
            "X-Requested-With");
    private static final Set<String> CORS_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> CORS_EXPOSED_HEADERS = Set.of("ETag", "Location", "Retry-After",
            "WWW-Authenticate", "Server-Timing");

    private final Server jetty;
    private final JdbcStore store;
    private final Meters meters;
    private final URI baseUrl;

    private ContactKitServer(Server jetty, JdbcStore store, Meters meters, URI baseUrl) {
        this.jetty = jetty;
        this.store = store;
        this.meters = meters;
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) {
        routeJavaUtilLoggingToSlf4j();
        if (IdentityCommands.isCommand(args)) {
            System.exit(new IdentityCommands(System.in, System.console(), System.out, System.err, System.getenv())
                    .run(args));
            return;
        }
        ServerOptions options;
        try {
            options = ServerOptions.parse(List.of(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ServerOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(ServerOptions.USAGE);
            return;
        }
        ContactKitServer server;
        try {
            server = start(options, System.out);
        } catch (RuntimeException e) {
            LOG.error("ContactKit did not start: {}", e.getMessage());
            LOG.debug("why ContactKit did not start", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "contactkit-shutdown"));
        server.join();
    }

    /**
     * Opens the store, provisions the first admin and the command line's users and tokens, starts Jetty and prints
     * the base URL once it accepts requests.
     */
    static ContactKitServer start(ServerOptions options, PrintStream out) {
        routeJavaUtilLoggingToSlf4j();
        options.warnings().forEach(warning -> LOG.warn(warning));
        Meters meters = Meters.create();
        JdbcStore store;
        try {
            store = JdbcStore.open(settings(options), meters.registry());
        } catch (RuntimeException e) {
            meters.close();
            throw e;
        }
        try {
            provision(new IdentityAdministration(store.identities(), PasswordHash.DEFAULT_ITERATIONS), options, out);
            ContactService contacts = new ContactService(store.contacts(), store.lists(), store.customFieldCatalog(),
                    enrichment(options), Clock.systemUTC());
            ContactApiServlet servlet = ContactApiServlet.builder(contacts)
                    .accounts(accounts(store, options))
                    .appTokens(options.appTokens())
                    .maxBodyBytes(options.maxBodyBytes())
                    .slowRequestThreshold(options.slow())
                    .meterRegistry(meters.registry())
                    .build();
            Server jetty = jetty(options, servlet, new HealthServlet(store::isReady),
                    new MetricsServlet(meters.registry(), options.metricsToken()));
            jetty.start();
            ServerConnector connector = (ServerConnector) jetty.getConnectors()[0];
            URI baseUrl = URI.create("http://" + hostForUrl(options.bind()) + ":" + connector.getLocalPort());
            out.println("ContactKit serves " + baseUrl + "/api/v1");
            out.flush();
            return new ContactKitServer(jetty, store, meters, baseUrl);
        } catch (Exception e) {
            store.close();
            meters.close();
            throw new IllegalStateException("the server could not start: " + e.getMessage(), e);
        }
    }

    /** Scheme, host and port, e.g. {@code http://127.0.0.1:8080}. */
    URI baseUrl() {
        return baseUrl;
    }

    void join() {
        try {
            jetty.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops accepting requests, lets those in flight finish (up to 30 s), then closes the connection pool. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            LOG.warn("Jetty did not stop cleanly", e);
        } finally {
            store.close();
            meters.close();
        }
        LOG.info("ContactKit stopped");
    }

    /** The database the options name, for the server and for the users and tokens commands. */
    static JdbcSettings settings(ServerOptions options) {
        return options.db()
                .map(url -> JdbcSettings.of(url, options.dbUser(), options.dbPassword()))
                .orElseGet(() -> JdbcSettings.embedded(JdbcSettings.DEFAULT_DIRECTORY))
                .withReferenceDataTtl(options.referenceDataTtl());
    }

    /**
     * One log format: Hibernate Validator, the PostgreSQL driver and the other libraries that log through
     * java.util.logging are written by SLF4J like everything else. Their fine-grained levels are dropped before
     * they cost a call into SLF4J.
     */
    private static synchronized void routeJavaUtilLoggingToSlf4j() {
        if (SLF4JBridgeHandler.isInstalled()) {
            return;
        }
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(Level.INFO);
    }

    /**
     * Prometheus, with the JVM's meters; the store adds its pool's, the servlet its requests'. Closing it stops the
     * garbage collection meter listening to the JVM.
     */
    private record Meters(PrometheusMeterRegistry registry, JvmGcMetrics garbageCollection) implements AutoCloseable {

        static Meters create() {
            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            JvmGcMetrics garbageCollection = new JvmGcMetrics();
            garbageCollection.bindTo(registry);
            new ClassLoaderMetrics().bindTo(registry);
            new JvmMemoryMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
            return new Meters(registry, garbageCollection);
        }

        @Override
        public void close() {
            garbageCollection.close();
            registry.close();
        }
    }

    /**
     * The first start on a database without users creates {@code admin} and prints its password, once; the command
     * line's users and tokens (for tests and demos) are put into the database.
     */
    private static void provision(IdentityAdministration identities, ServerOptions options, PrintStream out) {
        if (options.users().isEmpty()) {
            identities.createFirstAdminIfNoUsers().ifPresent(password -> out.println("Created user '"
                    + IdentityAdministration.FIRST_ADMIN + "' with password " + password + " (shown only this once)"));
        }
        for (ServerOptions.User user : options.users()) {
            identities.ensureUser(user.name(), user.role(), IdentityAdministration.defaultAssociate(user.role()),
                    user.password());
        }
        for (ServerOptions.Token token : options.tokens()) {
            identities.ensureToken(token.token(), token.role());
        }
    }

    private static Accounts accounts(JdbcStore store, ServerOptions options) {
        return Accounts.builder(store.identities())
                .failedAttemptLimit(options.authFailureLimit(), Duration.ofMinutes(1))
                .cacheTtl(options.identityCacheTtl())
                .sessionLifetime(options.sessionLifetime())
                .build();
    }

    private static EnrichmentProvider enrichment(ServerOptions options) {
        if (options.enrichmentEndpoint().isPresent()) {
            return new HttpEnrichmentProvider(HttpEnrichmentProvider.Settings.of(options.enrichmentEndpoint().get()));
        }
        return options.enrichmentData().map(FileEnrichmentProvider::load).orElseGet(FileEnrichmentProvider::sample);
    }

    private static Server jetty(ServerOptions options, ContactApiServlet api, HealthServlet health,
                                MetricsServlet metrics) {
        QueuedThreadPool threads = new QueuedThreadPool(options.threads());
        threads.setName("contactkit-http");
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(options.bind());
        connector.setPort(options.port());
        // while stopping, Jetty closes a connection after this much silence: time for a body still arriving
        connector.setShutdownIdleTimeout(SHUTDOWN_IDLE_TIMEOUT_MILLIS);
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.addServlet(new ServletHolder("contact-api", api), "/*");
        context.addServlet(new ServletHolder("health", health), "/health/*");
        context.addServlet(new ServletHolder("metrics", metrics), "/metrics");
        ProblemErrorHandler problems = new ProblemErrorHandler();
        context.setErrorHandler(problems);
        jetty.setErrorHandler(problems);
        jetty.setHandler(new GracefulHandler(browserOrigins(options.corsOrigins(), context)));
        jetty.setStopTimeout(STOP_TIMEOUT_MILLIS);
        jetty.setStopAtShutdown(false);
        return jetty;
    }

    /**
     * CORS for the browser pages of the configured origins: their preflights are answered, their requests may
     * carry credentials (cookies, Authorization) and the headers SuperOffice's clients send, X-XSRF-TOKEN among them.
     * A request from any other origin, preflight or not, is refused with 400 before it reaches the API; without
     * configured origins, every request that names an origin is. Requests without an Origin header (every client
     * that is not a browser page) pass untouched.
     */
    private static Handler browserOrigins(List<String> origins, Handler next) {
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(origins.stream().map(Pattern::quote).collect(Collectors.toSet()));
        cors.setAllowCredentials(true);
        cors.setAllowedMethods(CORS_METHODS);
        cors.setAllowedHeaders(CORS_REQUEST_HEADERS);
        cors.setExposedHeaders(CORS_EXPOSED_HEADERS);
        cors.setPreflightMaxAge(Duration.ofMinutes(10));
        cors.setDeliverNonAllowedOriginRequests(false);
        cors.setHandler(next);
        return cors;
    }

    private static String hostForUrl(String bind) {
        String host = bind.isEmpty() || bind.equals("0.0.0.0") ? "127.0.0.1" : bind;
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
