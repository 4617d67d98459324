package io.contactkit.server;

import io.contactkit.domain.ContactService;
import io.contactkit.domain.search.ContactArchive;
import io.contactkit.domain.port.EnrichmentProvider;
import io.contactkit.enrichment.FileEnrichmentProvider;
import io.contactkit.enrichment.HttpEnrichmentProvider;
import io.contactkit.http.ContactApiServlet;
import io.contactkit.jdbc.JdbcSettings;
import io.contactkit.jdbc.JdbcStore;
import java.io.PrintStream;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standalone server: the one place that assembles the adapters (JDBC store, enrichment provider, and
 * serialization and patch through the servlet) around the core, on embedded Jetty. Stopping it lets requests in
 * flight finish, then closes the pool.
 */
public final class ContactKitServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContactKitServer.class);
    private static final long STOP_TIMEOUT_MILLIS = 30_000;
    private static final long SHUTDOWN_IDLE_TIMEOUT_MILLIS = 10_000;
    /** The sample associates the store starts with: whom a configured user's changes are recorded as. */
    private static final int ADMIN_ASSOCIATE = 1;
    private static final int READER_ASSOCIATE = 2;

    private final Server jetty;
    private final JdbcStore store;
    private final URI baseUrl;

    private ContactKitServer(Server jetty, JdbcStore store, URI baseUrl) {
        this.jetty = jetty;
        this.store = store;
        this.baseUrl = baseUrl;
    }

    public static void main(String[] args) {
        ServerOptions options;
        try {
            options = ServerOptions.parse(args);
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
            LOG.error("ContactKit did not start", e);
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "contactkit-shutdown"));
        server.join();
    }

    /** Opens the store, starts Jetty and prints the base URL once it accepts requests. */
    static ContactKitServer start(ServerOptions options, PrintStream out) {
        JdbcStore store = JdbcStore.open(settings(options));
        try {
            ContactService contacts = new ContactService(store.contacts(), store.lists(), store.customFieldCatalog(),
                    enrichment(options), Clock.systemUTC());
            ContactApiServlet servlet = ContactApiServlet.builder(contacts)
                    .archive(new ContactArchive(store.search(), store.lists(), Clock.systemUTC()))
                    .accounts(accounts(options, out))
                    .appTokens(options.appTokens())
                    .maxBodyBytes(options.maxBodyBytes())
                    .slowRequestThreshold(options.slow())
                    .build();
            Server jetty = jetty(options, servlet);
            jetty.start();
            ServerConnector connector = (ServerConnector) jetty.getConnectors()[0];
            URI baseUrl = URI.create("http://" + hostForUrl(options.bind()) + ":" + connector.getLocalPort());
            out.println("ContactKit serves " + baseUrl + "/api/v1");
            out.flush();
            return new ContactKitServer(jetty, store, baseUrl);
        } catch (Exception e) {
            store.close();
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
        }
        LOG.info("ContactKit stopped");
    }

    private static JdbcSettings settings(ServerOptions options) {
        return options.db()
                .map(url -> JdbcSettings.of(url, options.dbUser(), options.dbPassword()))
                .orElseGet(() -> JdbcSettings.embedded(JdbcSettings.DEFAULT_DIRECTORY))
                .withReferenceDataTtl(options.referenceDataTtl());
    }

    private static EnrichmentProvider enrichment(ServerOptions options) {
        if (options.enrichmentEndpoint().isPresent()) {
            return new HttpEnrichmentProvider(HttpEnrichmentProvider.Settings.of(options.enrichmentEndpoint().get()));
        }
        return options.enrichmentData().map(FileEnrichmentProvider::load).orElseGet(FileEnrichmentProvider::sample);
    }

    private static Accounts accounts(ServerOptions options, PrintStream out) {
        Accounts.Builder accounts = Accounts.builder().failedAttemptLimit(options.authFailureLimit(),
                Duration.ofMinutes(1));
        if (options.users().isEmpty()) {
            String password = randomPassword();
            accounts.user("admin", password, Role.ADMIN, ADMIN_ASSOCIATE);
            out.println("Created user 'admin' with password " + password + " (shown only this once)");
        }
        for (ServerOptions.User user : options.users()) {
            accounts.user(user.name(), user.password(), user.role(),
                    user.role() == Role.ADMIN ? ADMIN_ASSOCIATE : READER_ASSOCIATE);
        }
        for (ServerOptions.Token token : options.tokens()) {
            accounts.token(token.token(), token.role());
        }
        return accounts.build();
    }

    private static Server jetty(ServerOptions options, ContactApiServlet servlet) {
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
        context.addServlet(new ServletHolder("contact-api", servlet), "/*");
        ProblemErrorHandler problems = new ProblemErrorHandler();
        context.setErrorHandler(problems);
        jetty.setErrorHandler(problems);
        jetty.setHandler(new GracefulHandler(context));
        jetty.setStopTimeout(STOP_TIMEOUT_MILLIS);
        jetty.setStopAtShutdown(false);
        return jetty;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hostForUrl(String bind) {
        String host = bind.isEmpty() || bind.equals("0.0.0.0") ? "127.0.0.1" : bind;
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
