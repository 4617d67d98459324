package io.contactkit.server;

import io.contactkit.domain.rights.Role;
import io.contactkit.serialization.Limits;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The standalone server's options, from the command line, the environment ({@code CONTACTKIT_DB_URL} for
 * {@code --db-url}) and a properties file ({@code --config}), in that order of precedence (see {@link OptionSources}).
 *
 * @param db                 JDBC URL; empty for the embedded H2 file database under {@code ./contactkit-data}
 * @param enrichmentData     a company dataset for EnrichContactEntity; without it or an endpoint, the shipped sample
 * @param enrichmentEndpoint an external enrichment endpoint to ask instead of a dataset
 * @param threads            the most threads Jetty runs, requests and its own selector and acceptor alike
 * @param referenceDataTtl   how long list items and custom-field definitions read from the database are kept
 * @param identityCacheTtl   how long users, API tokens and sessions read from the database are kept
 * @param corsOrigins        the origins of browser pages allowed to call the server
 * @param metricsToken       the Bearer token {@code /metrics} asks for; empty for none
 * @param publicUrl          the URL clients reach the server at, which links start with; empty for the address a
 *                           request arrived at
 * @param minBodyRate        the fewest bytes a second a request body may arrive at, on average
 * @param warnings           what an operator should hear about the options given, such as secrets on the command line
 */
record ServerOptions(int port, String bind, Optional<String> db, String dbUser, String dbPassword, List<User> users,
                     List<Token> tokens, List<String> appTokens, Optional<Path> enrichmentData,
                     Optional<URI> enrichmentEndpoint, Duration slow, long maxBodyBytes, int authFailureLimit,
                     int threads, Duration referenceDataTtl, Duration identityCacheTtl, Duration sessionLifetime,
                     List<String> corsOrigins, Optional<String> metricsToken, Optional<URI> publicUrl,
                     long minBodyRate, List<String> warnings, boolean help) {

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
    /** A sign-out or a removed user shows on every other node within this time. */
    static final Duration DEFAULT_IDENTITY_CACHE_TTL = Duration.ofSeconds(5);
    static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofHours(8);
    /**
     * A body has 10 s, and a second for every 1 KiB it announces, to arrive whole: a 1 MiB body 17 minutes, a
     * contact of a few KiB about 13 seconds, whether it trickles in or pauses.
     */
    static final long DEFAULT_MIN_BODY_RATE = 1024;

    private static final int DEFAULT_PORT = 8080;
    private static final int DEFAULT_AUTH_FAILURE_LIMIT = 10;
    private static final String SECRET_ON_COMMAND_LINE = " on the command line is visible to every user of this"
            + " machine (ps, /proc); ";

    /** Every option the server takes, in the order {@code --help} lists them. */
    static final List<OptionSources.Option> OPTIONS = List.of(
            option("--config", "FILE", "a properties file of options: NAME=VALUE lines, NAME an option without its"
                    + " dashes (db-url=jdbc:postgresql://db/contacts)"),
            option("--port", "N", "port to listen on (default 8080; 0 picks a free one)"),
            option("--bind", "ADDRESS", "address to listen on (default 127.0.0.1)"),
            option("--db-url", "JDBC_URL", "database, e.g. jdbc:postgresql://db/contacts (default: an H2 file"
                    + " database under ./contactkit-data); --db is the same"),
            option("--db-user", "NAME", "database user"),
            option("--db-password", "PASSWORD", "database password; prefer --db-password-file or the environment"),
            option("--db-password-file", "FILE", "a file holding the database password"),
            repeatable("--user", "NAME:PASSWORD[:ROLE]", "for tests and demos: a user (ROLE admin, the default, or"
                    + " readonly) added to the database, or updated there, at start; its password is visible to"
                    + " other users of the machine: manage users with the users command instead"),
            repeatable("--token", "TOKEN[:ROLE]", "for tests and demos: an API token added to the database at"
                    + " start; manage tokens with the tokens command instead"),
            repeatable("--app-token", "TOKEN", "a partner application token; when any is given, every request"
                    + " must send one in SO-AppToken"),
            option("--app-token-file", "FILE", "a file of partner application tokens, one a line"),
            option("--enrichment-data", "FILE", "company dataset (JSON or CSV) for EnrichContactEntity (default:"
                    + " the fictitious sample companies that ship with ContactKit)"),
            option("--enrichment-endpoint", "URL", "an external enrichment endpoint to ask instead of a dataset"),
            option("--slow-ms", "N", "log requests slower than N ms at WARN (default 2000)"),
            option("--max-body-bytes", "N", "largest request body accepted (default 1048576)"),
            option("--min-body-rate", "N", "the fewest bytes a second a request body may arrive at on average: it"
                    + " has 10 s, and a second for every N bytes it announces, to arrive whole, or is refused with 408"
                    + " and its connection closed (default " + DEFAULT_MIN_BODY_RATE + ")"),
            option("--auth-failure-limit", "N", "wrong passwords or tokens allowed per minute for one user name from"
                    + " one address, on each node; beyond it, each further one doubles the wait before the next is"
                    + " checked (429). A user name from all addresses gets 3 times as many, an address for all user"
                    + " names 10 times (default 10; 0: no limit)"),
            option("--threads", "N", "most threads serving requests, Jetty's own included (default "
                    + DEFAULT_THREADS + ")"),
            option("--reference-data-ttl", "N", "seconds list items, associates and custom-field definitions are"
                    + " kept after being read from the database; changes made there show after at most that long"
                    + " (default " + DEFAULT_REFERENCE_DATA_TTL.toSeconds() + "; 0 reads them on every request)"),
            option("--identity-cache-ttl", "N", "seconds users, API tokens and sessions are kept after being read"
                    + " from the database: a sign-out, a removed user or token or a new password takes effect on"
                    + " the other nodes within that time (default " + DEFAULT_IDENTITY_CACHE_TTL.toSeconds()
                    + "; 0 reads them on every request)"),
            option("--session-hours", "N", "hours a sign-in's ticket and cookie last (default "
                    + DEFAULT_SESSION_LIFETIME.toHours() + ")"),
            repeatable("--cors-origin", "ORIGIN", "an origin (https://app.example.com) whose browser pages may call"
                    + " the API, with credentials; requests from other origins are refused (default: none)"),
            option("--metrics-token", "TOKEN", "a Bearer token /metrics asks for (default: none, open)"),
            option("--metrics-token-file", "FILE", "a file holding the /metrics token"),
            option("--public-url", "URL", "the URL clients reach the server at (e.g. https://crm.example.com behind a"
                    + " proxy), which _Links and Location start with; without it they start with the address and port"
                    + " a request arrived at, never with its Host header"));

    static final String USAGE = OptionSources.usage(String.join(System.lineSeparator(),
            "Usage: java -jar contactkit-server.jar [options]",
            "       java -jar contactkit-server.jar users|tokens COMMAND ... [options]   (users --help)",
            "",
            "Serves the ContactKit Contact API under http://BIND:PORT/api/v1, health checks under /health/live and",
            "/health/ready and metrics at /metrics. On a database without users it creates 'admin' and prints its",
            "password once."), OPTIONS);

    ServerOptions {
        users = List.copyOf(users);
        tokens = List.copyOf(tokens);
        appTokens = List.copyOf(appTokens);
        corsOrigins = List.copyOf(corsOrigins);
        warnings = List.copyOf(warnings);
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

    /** The command line alone, as tests give it. @throws IllegalArgumentException naming the option at fault */
    static ServerOptions parse(String... args) {
        return parse(List.of(args), Map.of());
    }

    /**
     * The command line over the environment's {@code CONTACTKIT_*} variables over the {@code --config} file.
     *
     * @throws IllegalArgumentException naming the option at fault
     */
    static ServerOptions parse(List<String> args, Map<String, String> environment) {
        OptionSources sources = OptionSources.read(OPTIONS, args, environment);
        Builder options = new Builder();
        sources.values().forEach(value -> options.set(value.option(), value.value()));
        options.help = sources.help();
        List<String> warnings = new ArrayList<>(sources.warnings());
        for (String secret : List.of("--user", "--token", "--db-password", "--app-token", "--metrics-token")) {
            if (sources.onCommandLine(secret)) {
                warnings.add(secret + SECRET_ON_COMMAND_LINE + (secret.equals("--user") || secret.equals("--token")
                        ? "keep it for tests and demos and manage " + secret.substring(2) + "s with the "
                                + secret.substring(2) + "s command"
                        : "give it in " + OptionSources.environmentName(secret) + " or a file instead"));
            }
        }
        return options.build(warnings);
    }

    private static OptionSources.Option option(String name, String argument, String help) {
        return new OptionSources.Option(name, argument, false, help);
    }

    private static OptionSources.Option repeatable(String name, String argument, String help) {
        return new OptionSources.Option(name, argument, true, help + "; repeatable");
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
        private URI publicUrl;
        private long minBodyRate = DEFAULT_MIN_BODY_RATE;
        private Duration identityCacheTtl = DEFAULT_IDENTITY_CACHE_TTL;
        private Duration sessionLifetime = DEFAULT_SESSION_LIFETIME;
        private final List<String> corsOrigins = new ArrayList<>();
        private String metricsToken;
        private boolean help;

        void set(String option, String value) {
            switch (option) {
                case "--config":
                    break; // read by OptionSources
                case "--port":
                    port = (int) number(option, value, 0, 65_535);
                    break;
                case "--bind":
                    bind = value;
                    break;
                case "--db-url":
                    db = required(option, value);
                    break;
                case "--db-user":
                    dbUser = value;
                    break;
                case "--db-password":
                    dbPassword = onlyOnce(option, dbPassword, value);
                    break;
                case "--db-password-file":
                    dbPassword = onlyOnce("--db-password", dbPassword, secretFile(option, value));
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
                case "--app-token-file":
                    secretFile(option, value).lines().map(String::strip).filter(line -> !line.isEmpty())
                            .forEach(appTokens::add);
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
                case "--public-url":
                    publicUrl = publicUrl(option, value);
                    break;
                case "--min-body-rate":
                    minBodyRate = number(option, value, 1, Integer.MAX_VALUE);
                    break;
                case "--identity-cache-ttl":
                    identityCacheTtl = Duration.ofSeconds(number(option, value, 0, 3_600));
                    break;
                case "--session-hours":
                    sessionLifetime = Duration.ofHours(number(option, value, 1, 8_760));
                    break;
                case "--cors-origin":
                    corsOrigins.add(origin(value));
                    break;
                case "--metrics-token":
                    metricsToken = onlyOnce(option, metricsToken, required(option, value));
                    break;
                case "--metrics-token-file":
                    metricsToken = onlyOnce("--metrics-token", metricsToken, secretFile(option, value));
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + option);
            }
        }

        ServerOptions build(List<String> warnings) {
            if (db == null && (dbUser != null || dbPassword != null)) {
                throw new IllegalArgumentException("--db-user and --db-password need --db-url");
            }
            if (enrichmentData != null && enrichmentEndpoint != null) {
                throw new IllegalArgumentException("--enrichment-data and --enrichment-endpoint exclude each other");
            }
            return new ServerOptions(port, bind, Optional.ofNullable(db), Objects.requireNonNullElse(dbUser, ""),
                    Objects.requireNonNullElse(dbPassword, ""), users, tokens, appTokens,
                    Optional.ofNullable(enrichmentData), Optional.ofNullable(enrichmentEndpoint), slow, maxBodyBytes,
                    authFailureLimit, threads, referenceDataTtl, identityCacheTtl, sessionLifetime, corsOrigins,
                    Optional.ofNullable(metricsToken), Optional.ofNullable(publicUrl), minBodyRate, warnings, help);
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

        /**
         * An origin as browsers send it: scheme, host and port, nothing else. Never a wildcard: with credentials
         * allowed, any page could act as its visitor.
         */
        private static String origin(String value) {
            try {
                URI origin = new URI(value);
                boolean http = "http".equals(origin.getScheme()) || "https".equals(origin.getScheme());
                if (http && origin.getHost() != null && origin.getRawPath().isEmpty() && origin.getRawQuery() == null
                        && origin.getRawFragment() == null && origin.getRawUserInfo() == null) {
                    return value.toLowerCase(Locale.ROOT);
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new IllegalArgumentException("--cors-origin needs an origin such as https://app.example.com"
                    + " (scheme, host and port only; no wildcard), got '" + shown(value) + "'");
        }

        private static String onlyOnce(String option, String before, String value) {
            if (before != null) {
                throw new IllegalArgumentException(option + " is given twice (or with " + option + "-file)");
            }
            return value;
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

        /** The file's text without the line break an editor ends it with. */
        private static String secretFile(String option, String value) {
            try {
                String secret = Files.readString(readableFile(option, value), StandardCharsets.UTF_8)
                        .lines().collect(Collectors.joining("\n")).stripTrailing();
                if (secret.isEmpty()) {
                    throw new IllegalArgumentException(option + ": the file " + value + " is empty");
                }
                return secret;
            } catch (IOException e) {
                throw new IllegalArgumentException(option + ": cannot read the file " + value);
            }
        }

        /** An http(s) URL with a host and at most a path: where links to contacts start. */
        private static URI publicUrl(String option, String value) {
            URI url = httpUrl(option, value);
            if (url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
                throw new IllegalArgumentException(option + " needs a URL without user, query or fragment, got '"
                        + shown(value) + "'");
            }
            return url;
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
