package io.contactkit.server;

import io.contactkit.serialization.Limits;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The standalone server's command line.
 *
 * @param db             JDBC URL; empty for the embedded H2 file database under {@code ./contactkit-data}
 * @param enrichmentData     a company dataset for EnrichContactEntity; without it or an endpoint, the shipped sample
 * @param enrichmentEndpoint an external enrichment endpoint to ask instead of a dataset
 * @param threads            the most threads Jetty runs, requests and its own selector and acceptor alike
 * @param referenceDataTtl   how long list items and custom-field definitions read from the database are kept
 */
record ServerOptions(int port, String bind, Optional<String> db, String dbUser, String dbPassword, List<User> users,
                     List<Token> tokens, List<String> appTokens, Optional<Path> enrichmentData,
                     Optional<URI> enrichmentEndpoint, Duration slow, long maxBodyBytes, int authFailureLimit,
                     int threads, Duration referenceDataTtl, boolean help) {

    /**
     * The database pool's 10 connections, Jetty's acceptor and selector, and a few for requests that need no
     * connection. More threads than connections only queue at the pool and contend for the cores: with Jetty's
     * default of 200, 32 concurrent GETs took twice the CPU per request on 2 cores.
     */
    static final int DEFAULT_THREADS = 16;
    /** Jetty's acceptor and selector lease threads of the pool; fewer than this leave none for requests. */
    static final int MIN_THREADS = 8;
    /** Changes to the lists in the database show within half a minute; a GET no longer reads the lists each time. */
    static final Duration DEFAULT_REFERENCE_DATA_TTL = Duration.ofSeconds(30);

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -jar contactkit-server.jar [options]",
            "",
            "Serves the ContactKit Contact API under http://BIND:PORT/api/v1.",
            "",
            "  --port N                   port to listen on (default 8080; 0 picks a free one)",
            "  --bind ADDRESS             address to listen on (default 127.0.0.1)",
            "  --db JDBC_URL              database (default: H2 file database under ./contactkit-data)",
            "  --db-user NAME             database user",
            "  --db-password PASSWORD     database password",
            "  --user NAME:PASSWORD[:ROLE]  a user for Basic authentication and sign-in; ROLE is admin (default) or",
            "                             readonly; repeatable. Without any, an 'admin' user with a random password",
            "                             is created and its password printed once.",
            "  --token TOKEN[:ROLE]       an API token for Bearer authentication; repeatable",
            "  --app-token TOKEN          a partner application token; when any is given, every request must send",
            "                             one in SO-AppToken; repeatable",
            "  --enrichment-data FILE     company dataset (JSON or CSV) for EnrichContactEntity (default: the",
            "                             fictitious sample companies that ship with ContactKit)",
            "  --enrichment-endpoint URL  an external enrichment endpoint to ask instead of a dataset",
            "  --slow-ms N                log requests slower than N ms at WARN (default 2000)",
            "  --max-body-bytes N         largest request body accepted (default 1048576)",
            "  --auth-failure-limit N     wrong passwords or tokens allowed per minute from one address and for one",
            "                             user name; more are refused with 429 (default 10; 0 turns the limit off)",
            "  --threads N                most threads serving requests, Jetty's own included (default "
                    + DEFAULT_THREADS + ")",
            "  --reference-data-ttl N     seconds list items and custom-field definitions are kept after being read",
            "                             from the database; changes made there show after at most that long",
            "                             (default " + DEFAULT_REFERENCE_DATA_TTL.toSeconds()
                    + "; 0 reads them on every request)",
            "  --help                     this text");

    private static final int DEFAULT_PORT = 8080;
    private static final int DEFAULT_AUTH_FAILURE_LIMIT = 10;

    ServerOptions {
        users = List.copyOf(users);
        tokens = List.copyOf(tokens);
        appTokens = List.copyOf(appTokens);
    }

    /** A user from {@code --user NAME:PASSWORD[:ROLE]}. */
    record User(String name, String password, Role role) {

        @Override
        public String toString() {
            return "User[" + name + ", " + role + "]";
        }
    }

    /** An API token from {@code --token TOKEN[:ROLE]}. */
    record Token(String token, Role role) {

        @Override
        public String toString() {
            return "Token[" + role + "]";
        }
    }

    /** @throws IllegalArgumentException naming the option at fault */
    static ServerOptions parse(String... args) {
        Builder options = new Builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                options.help = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value"
                        : "unknown argument " + option);
            }
            options.set(option, args[++i]);
        }
        return options.build();
    }

    private static final class Builder {

        private int port = DEFAULT_PORT;
        private String bind = "127.0.0.1";
        private String db;
        private String dbUser;
        private String dbPassword;
        private final List<User> users = new ArrayList<>();
        private final List<Token> tokens = new ArrayList<>();
        private final List<String> appTokens = new ArrayList<>();
        private Path enrichmentData;
        private URI enrichmentEndpoint;
        private Duration slow = Duration.ofMillis(2000);
        private long maxBodyBytes = Limits.DEFAULT_MAX_BODY_BYTES;
        private int authFailureLimit = DEFAULT_AUTH_FAILURE_LIMIT;
        private int threads = DEFAULT_THREADS;
        private Duration referenceDataTtl = DEFAULT_REFERENCE_DATA_TTL;
        private boolean help;

        void set(String option, String value) {
            switch (option) {
                case "--port":
                    port = (int) number(option, value, 0, 65_535);
                    break;
                case "--bind":
                    bind = value;
                    break;
                case "--db":
                    db = value;
                    break;
                case "--db-user":
                    dbUser = value;
                    break;
                case "--db-password":
                    dbPassword = value;
                    break;
                case "--user":
                    users.add(user(value));
                    break;
                case "--token":
                    tokens.add(token(value));
                    break;
                case "--app-token":
                    appTokens.add(required(option, value));
                    break;
                case "--enrichment-data":
                    enrichmentData = readableFile(option, value);
                    break;
                case "--enrichment-endpoint":
                    enrichmentEndpoint = httpUrl(option, value);
                    break;
                case "--slow-ms":
                    slow = Duration.ofMillis(number(option, value, 0, Integer.MAX_VALUE));
                    break;
                case "--max-body-bytes":
                    maxBodyBytes = number(option, value, 1, Integer.MAX_VALUE);
                    break;
                case "--auth-failure-limit":
                    authFailureLimit = (int) number(option, value, 0, 1_000_000);
                    break;
                case "--threads":
                    threads = (int) number(option, value, MIN_THREADS, 10_000);
                    break;
                case "--reference-data-ttl":
                    referenceDataTtl = Duration.ofSeconds(number(option, value, 0, 86_400));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + option);
            }
        }

        ServerOptions build() {
            if (db == null && (dbUser != null || dbPassword != null)) {
                throw new IllegalArgumentException("--db-user and --db-password need --db");
            }
            if (enrichmentData != null && enrichmentEndpoint != null) {
                throw new IllegalArgumentException("--enrichment-data and --enrichment-endpoint exclude each other");
            }
            return new ServerOptions(port, bind, Optional.ofNullable(db), Objects.requireNonNullElse(dbUser, ""),
                    Objects.requireNonNullElse(dbPassword, ""), users, tokens, appTokens,
                    Optional.ofNullable(enrichmentData), Optional.ofNullable(enrichmentEndpoint), slow, maxBodyBytes,
                    authFailureLimit, threads, referenceDataTtl, help);
        }

        /** NAME:PASSWORD[:ROLE]; the password may hold ':' itself, a trailing known role name is the role. */
        private static User user(String value) {
            int colon = value.indexOf(':');
            if (colon <= 0 || colon == value.length() - 1) {
                throw new IllegalArgumentException("--user needs NAME:PASSWORD[:ROLE], got '" + shown(value) + "'");
            }
            String name = value.substring(0, colon);
            RoleSuffix rest = RoleSuffix.of(value.substring(colon + 1));
            if (rest.text().isEmpty()) {
                throw new IllegalArgumentException("--user " + name + " needs a password");
            }
            return new User(name, rest.text(), rest.role());
        }

        private static Token token(String value) {
            RoleSuffix parsed = RoleSuffix.of(required("--token", value));
            if (parsed.text().isEmpty()) {
                throw new IllegalArgumentException("--token needs a token before its role");
            }
            return new Token(parsed.text(), parsed.role());
        }

        private static String required(String option, String value) {
            if (value.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return value;
        }

        private static long number(String option, String value, long min, long max) {
            try {
                long number = Long.parseLong(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs a whole number from " + min + " to " + max
                    + ", got '" + shown(value) + "'");
        }

        private static Path readableFile(String option, String value) {
            Path file = Path.of(value);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IllegalArgumentException(option + ": cannot read the file " + value);
            }
            return file;
        }

        private static URI httpUrl(String option, String value) {
            try {
                URI url = new URI(value);
                if (("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null) {
                    return url;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " needs an http or https URL, got '" + shown(value) + "'");
        }

        /** Only the start of a value is echoed, and never a whole user:password pair. */
        private static String shown(String value) {
            int colon = value.indexOf(':');
            return colon >= 0 ? value.substring(0, colon) + ":..." : value.length() > 20 ? value.substring(0, 20)
                    + "..." : value;
        }
    }

    /** A value with an optional {@code :admin} or {@code :readonly} at its end. */
    private record RoleSuffix(String text, Role role) {

        static RoleSuffix of(String value) {
            int colon = value.lastIndexOf(':');
            if (colon >= 0) {
                Optional<Role> role = Role.named(value.substring(colon + 1));
                if (role.isPresent()) {
                    return new RoleSuffix(value.substring(0, colon), role.get());
                }
            }
            return new RoleSuffix(value, Role.ADMIN);
        }
    }
}
