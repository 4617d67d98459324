package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.server.Role;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
        assertEquals("--db-user and --db-password need --db", refusal("--db-user", "sa"));
        assertEquals("--enrichment-data: cannot read the file /no/such/file.csv",
                refusal("--enrichment-data", "/no/such/file.csv"));
        assertEquals("--enrichment-endpoint needs an http or https URL, got 'file:...'",
                refusal("--enrichment-endpoint", "file:/etc/passwd"));
        assertEquals("--threads needs a whole number from 8 to 10000, got '4'", refusal("--threads", "4"));
        assertEquals("--reference-data-ttl needs a whole number from 0 to 86400, got '-1'",
                refusal("--reference-data-ttl", "-1"));
        assertFalse(refusal("--user", ":hunter2").contains("hunter2"));
    }

    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> ServerOptions.parse(args)).getMessage();
    }
}
