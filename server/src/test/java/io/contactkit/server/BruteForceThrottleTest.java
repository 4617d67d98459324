package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.http.testing.ApiClient;
import io.contactkit.server.testing.RawHttp;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Password guessing against the standalone server: a burst is refused with 429 and Retry-After, even where it
 * finally guesses right, while other clients and users get in as usual. Clients on other loopback addresses
 * (127.0.0.x) stand for other machines. The limit is 3 failures a minute here rather than the default 10, so that
 * no attempt is allowed again (one every 20 s) while the slow password hashes of a burst run; {@code
 * SecretsStayHiddenIT} meets the default limit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BruteForceThrottleTest {

    private static final int LIMIT = 3;
    private static final String VICTIM = "victor";
    private static final String VICTIM_PASSWORD = "victor-Secret-3";

    private RunningServer server;
    private URI base;

    @BeforeAll
    void startServer() {
        server = RunningServer.start(RunningServer.h2("brute-force"), "--user", VICTIM + ":" + VICTIM_PASSWORD,
                "--auth-failure-limit", String.valueOf(LIMIT));
        base = server.anonymous().base();
    }

    @AfterAll
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBurstOfWrongPasswordsFromOneAddressIsRefusedThereOnly() {
        InetAddress attacker = loopback(2);
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 2 * LIMIT; i++) {
            statuses.add(get(attacker, ApiClient.basic("guess-" + i, "password-" + i)).status());
        }
        RawHttp.Reply rightPasswordFromThere = get(attacker, ApiClient.basic(RunningServer.READER,
                RunningServer.READER_PASSWORD));

        assertEquals(List.of(401, 401, 401, 429, 429, 429), statuses, statuses::toString);
        assertRefusedForAWhile(rightPasswordFromThere);
        assertEquals(200, get(loopback(3), ApiClient.basic(RunningServer.READER, RunningServer.READER_PASSWORD))
                .status());
        assertEquals(200, server.admin().get("/api/v1/Contact/default").status());
    }

    @Test
    void aBurstAgainstOneUserFromManyAddressesIsRefusedForThatUserOnly() {
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < LIMIT + 2; i++) {
            statuses.add(get(loopback(10 + i), ApiClient.basic(VICTIM, "guess-" + i)).status());
        }
        RawHttp.Reply rightPasswordFromAFreshAddress = get(loopback(40), ApiClient.basic(VICTIM, VICTIM_PASSWORD));

        assertEquals(LIMIT, statuses.stream().filter(status -> status == 401).count(), statuses::toString);
        assertEquals(List.of(429, 429), statuses.subList(LIMIT, LIMIT + 2));
        assertRefusedForAWhile(rightPasswordFromAFreshAddress);
        assertEquals(200, get(loopback(40), ApiClient.basic(RunningServer.READER, RunningServer.READER_PASSWORD))
                .status());
        assertEquals(200, get(loopback(41), "Bearer " + RunningServer.ADMIN_TOKEN).status());
    }

    /** Otherwise the limit would tell which user names exist. */
    @Test
    void aNameThatIsNoUsersIsLimitedAlike() {
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < LIMIT + 1; i++) {
            statuses.add(get(loopback(60 + i), ApiClient.basic("nobody", "guess-" + i)).status());
        }

        assertEquals(LIMIT, statuses.stream().filter(status -> status == 401).count(), statuses::toString);
        assertEquals(429, statuses.get(LIMIT), statuses::toString);
    }

    @Test
    void guessedTokensAreLimitedLikePasswords() {
        InetAddress attacker = loopback(50);
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < LIMIT + 1; i++) {
            statuses.add(get(attacker, "Bearer guess-" + i).status());
        }

        assertEquals(LIMIT, statuses.stream().filter(status -> status == 401).count(), statuses::toString);
        assertRefusedForAWhile(get(attacker, "Bearer " + RunningServer.ADMIN_TOKEN));
        assertEquals(200, get(loopback(51), "Bearer " + RunningServer.ADMIN_TOKEN).status());
    }

    private static void assertRefusedForAWhile(RawHttp.Reply reply) {
        assertEquals(429, reply.status(), reply::toString);
        long retryAfter = Long.parseLong(reply.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 120, reply::toString);
        assertTrue(reply.header("Content-Type").startsWith("application/problem+json"), reply::toString);
        assertEquals(429, reply.json().get("status"));
    }

    private RawHttp.Reply get(InetAddress from, String authorization) {
        return RawHttp.send(base, from, RawHttp.get(base, "/api/v1/Contact/default", authorization));
    }

    private static InetAddress loopback(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
