package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.rights.Role;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerOptionsTest {

    @Test
    void withoutOptionsTheServerListensOnLoopback8080WithTheEmbeddedStore() {
        ServerOptions options = ServerOptions.parse();

        assertEquals(8080, options.port());
        assertEquals("127.0.0.1", options.bind());
        assertEquals(Optional.empty(), options.db());
        assertEquals(List.of(), options.users());
        assertEquals(Duration.ofMillis(2000), options.slow());
        assertEquals(1024 * 1024, options.maxBodyBytes());
        assertEquals(10, options.authFailureLimit());
        assertEquals(16, options.threads());
        assertEquals(Duration.ofSeconds(30), options.referenceDataTtl());
        assertEquals(Duration.ofSeconds(5), options.identityCacheTtl());
        assertEquals(Duration.ofHours(8), options.sessionLifetime());
        assertEquals(List.of(), options.corsOrigins());
        assertEquals(Optional.empty(), options.metricsToken());
        assertFalse(options.help());
    }

    @Test
    void everyOptionIsRead() {
        ServerOptions options = ServerOptions.parse("--port", "9090", "--bind", "0.0.0.0",
                "--db", "jdbc:postgresql://db/contacts", "--db-user", "ck", "--db-password", "pw",
                "--token", "t1", "--token", "t2:readonly", "--app-token", "partner",
                "--enrichment-endpoint", "https://enrich.example/companies",
                "--slow-ms", "150", "--max-body-bytes", "4096", "--auth-failure-limit", "0", "--threads", "64",
                "--reference-data-ttl", "0", "--help");

        assertEquals(9090, options.port());
        assertEquals("0.0.0.0", options.bind());
        assertEquals(Optional.of("jdbc:postgresql://db/contacts"), options.db());
        assertEquals("ck", options.dbUser());
        assertEquals("pw", options.dbPassword());
        assertEquals(List.of(new ServerOptions.Token("t1", Role.ADMIN), new ServerOptions.Token("t2", Role.READONLY)),
                options.tokens());
        assertEquals(List.of("partner"), options.appTokens());
        assertEquals(Optional.of(URI.create("https://enrich.example/companies")), options.enrichmentEndpoint());
        assertEquals(Duration.ofMillis(150), options.slow());
        assertEquals(4096, options.maxBodyBytes());
        assertEquals(0, options.authFailureLimit());
        assertEquals(64, options.threads());
        assertEquals(Duration.ZERO, options.referenceDataTtl());
        assertTrue(options.help());
    }

    @Test
    void usersTakeAnOptionalRoleAndPasswordsMayHoldColons() {
        ServerOptions options = ServerOptions.parse("--user", "ada:secret", "--user", "rita:a:b:c:readonly",
                "--user", "bob:x:ADMIN", "--user", "eve:ends:with:colon:");

        assertEquals(List.of(new ServerOptions.User("ada", "secret", Role.ADMIN),
                new ServerOptions.User("rita", "a:b:c", Role.READONLY),
                new ServerOptions.User("bob", "x", Role.ADMIN),
                new ServerOptions.User("eve", "ends:with:colon:", Role.ADMIN)), options.users());
    }

    @Test
    void mistakesAreRefusedNamingTheOptionWithoutEchoingPasswords() {
        assertEquals("--port needs a whole number from 0 to 65535, got 'http'",
                refusal("--port", "http"));
        assertEquals("--port needs a whole number from 0 to 65535, got '70000'", refusal("--port", "70000"));
        assertEquals("--user needs NAME:PASSWORD[:ROLE], got 'ada'", refusal("--user", "ada"));
        assertEquals("--user ada needs a password", refusal("--user", "ada::readonly"));
        assertEquals("--slow-ms needs a value", refusal("--slow-ms"));
        assertEquals("unknown option --verbose", refusal("--verbose", "1"));
        assertEquals("--db-user and --db-password need --db-url", refusal("--db-user", "sa"));
        assertEquals("--enrichment-data: cannot read the file /no/such/file.csv",
                refusal("--enrichment-data", "/no/such/file.csv"));
        assertEquals("--enrichment-endpoint needs an http or https URL, got 'file:...'",
                refusal("--enrichment-endpoint", "file:/etc/passwd"));
        assertEquals("--threads needs a whole number from 8 to 10000, got '4'", refusal("--threads", "4"));
        assertEquals("--reference-data-ttl needs a whole number from 0 to 86400, got '-1'",
                refusal("--reference-data-ttl", "-1"));
        assertFalse(refusal("--user", ":hunter2").contains("hunter2"));
    }

    @Test
    void everyOptionAlsoComesFromTheEnvironment() {
        ServerOptions options = ServerOptions.parse(List.of(), Map.of("CONTACTKIT_PORT", "9191",
                "CONTACTKIT_DB_URL", "jdbc:postgresql://db/contacts", "CONTACTKIT_DB_USER", "ck",
                "CONTACTKIT_DB_PASSWORD", "from-env", "CONTACTKIT_CORS_ORIGIN", "https://a.example, https://b.example",
                "CONTACTKIT_IDENTITY_CACHE_TTL", "2", "PATH", "/usr/bin"));

        assertEquals(9191, options.port());
        assertEquals(Optional.of("jdbc:postgresql://db/contacts"), options.db());
        assertEquals("from-env", options.dbPassword());
        assertEquals(List.of("https://a.example", "https://b.example"), options.corsOrigins());
        assertEquals(Duration.ofSeconds(2), options.identityCacheTtl());
        assertEquals(List.of(), options.warnings());
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheConfigFile(@TempDir Path directory) throws Exception {
        Path config = Files.writeString(directory.resolve("contactkit.properties"), String.join("\n",
                "# a comment", "port=7070", "bind=0.0.0.0", "slow-ms=100", "cors-origin=https://file.example",
                "db-url=jdbc:postgresql://file/contacts"));

        ServerOptions options = ServerOptions.parse(List.of("--config", config.toString(), "--port", "6060"),
                Map.of("CONTACTKIT_PORT", "5050", "CONTACTKIT_SLOW_MS", "200"));

        assertEquals(6060, options.port());
        assertEquals(Duration.ofMillis(200), options.slow());
        assertEquals("0.0.0.0", options.bind());
        assertEquals(List.of("https://file.example"), options.corsOrigins());
        assertEquals(Optional.of("jdbc:postgresql://file/contacts"), options.db());
    }

    @Test
    void theConfigFileMayBeNamedInTheEnvironmentAndMayNotHoldUnknownNames(@TempDir Path directory)
            throws Exception {
        Path good = Files.writeString(directory.resolve("good.properties"), "threads=32\n");
        Path typo = Files.writeString(directory.resolve("typo.properties"), "thread=32\n");

        assertEquals(32, ServerOptions.parse(List.of(), Map.of("CONTACTKIT_CONFIG", good.toString())).threads());
        assertEquals("--config " + typo + ": thread is no option",
                assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(List.of("--config",
                        typo.toString()), Map.of())).getMessage());
    }

    @Test
    void secretsComeFromFilesWithoutTheirLastLineBreak(@TempDir Path directory) throws Exception {
        Path password = Files.writeString(directory.resolve("db-password"), "s3cret pass\n");
        Path metrics = Files.writeString(directory.resolve("metrics-token"), "scrape-me\r\n");
        Path appTokens = Files.writeString(directory.resolve("app-tokens"), "partner-1\n\npartner-2\n");

        ServerOptions options = ServerOptions.parse("--db-url", "jdbc:postgresql://db/c", "--db-password-file",
                password.toString(), "--metrics-token-file", metrics.toString(), "--app-token-file",
                appTokens.toString());

        assertEquals("s3cret pass", options.dbPassword());
        assertEquals(Optional.of("scrape-me"), options.metricsToken());
        assertEquals(List.of("partner-1", "partner-2"), options.appTokens());
        assertEquals(List.of(), options.warnings(), "nothing secret on the command line");
    }

    @Test
    void aSecretFileOnTheCommandLineOverridesTheSecretInTheEnvironment(@TempDir Path directory) throws Exception {
        Path password = Files.writeString(directory.resolve("db-password"), "from-file");

        ServerOptions options = ServerOptions.parse(List.of("--db-password-file", password.toString()),
                Map.of("CONTACTKIT_DB_URL", "jdbc:postgresql://db/c", "CONTACTKIT_DB_PASSWORD", "from-env"));

        assertEquals("from-file", options.dbPassword());
        assertEquals("--db-password is given twice (or with --db-password-file)", refusal("--db-url", "jdbc:h2:mem:x",
                "--db-password", "a", "--db-password-file", password.toString()));
    }

    @Test
    void secretsOnTheCommandLineAndUnknownVariablesAreWarnedAbout() {
        ServerOptions options = ServerOptions.parse(List.of("--user", "ada:secret-1", "--db-url", "jdbc:h2:mem:w",
                "--db-password", "pw"), Map.of("CONTACTKIT_DB_ULR", "jdbc:postgresql://typo/c",
                "CONTACTKIT_USER", "eve:from-env-is-not-visible"));

        assertEquals(3, options.warnings().size(), options.warnings()::toString);
        assertTrue(options.warnings().get(0).contains("CONTACTKIT_DB_ULR is no option's"),
                options.warnings()::toString);
        assertTrue(options.warnings().get(1).startsWith("--user on the command line is visible to every user"));
        assertTrue(options.warnings().get(2).contains("--db-password on the command line")
                && options.warnings().get(2).contains("CONTACTKIT_DB_PASSWORD"), options.warnings()::toString);
        assertEquals(List.of(new ServerOptions.User("ada", "secret-1", Role.ADMIN)), options.users(),
                "the command line's users replace the environment's");
    }

    @Test
    void corsOriginsAreExactOriginsNeverPatterns() {
        assertEquals(List.of("https://app.example.com:8443", "http://localhost:3000"), ServerOptions.parse(
                "--cors-origin", "https://App.Example.com:8443", "--cors-origin", "http://localhost:3000")
                .corsOrigins());
        for (String notAnOrigin : List.of("*", "null", "https://app.example.com/", "https://*.example.com",
                "ftp://files.example.com", "app.example.com")) {
            assertTrue(refusal("--cors-origin", notAnOrigin).startsWith("--cors-origin needs an origin"), notAnOrigin);
        }
    }

    @Test
    void helpListsEveryOptionWithItsEnvironmentVariable() {
        for (String option : List.of("--config", "--db-url", "--db-password-file", "--cors-origin",
                "--metrics-token", "--identity-cache-ttl", "--session-hours")) {
            assertTrue(ServerOptions.USAGE.contains("  " + option + " "), option);
            assertTrue(ServerOptions.USAGE.contains(OptionSources.environmentName(option)), option);
        }
        assertTrue(ServerOptions.USAGE.lines().allMatch(line -> line.length() <= 120), ServerOptions.USAGE);
    }

    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(args)).getMessage();
    }
}
