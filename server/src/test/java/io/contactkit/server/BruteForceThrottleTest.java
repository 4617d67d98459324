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
 * finally guesses right, while other clients and users, also those behind the guesser's own address, get in as
 * usual. Clients on other loopback addresses (127.0.0.x) stand for other machines. The limit is 3 failures a minute
 * for a name from an address here rather than the default 10 (so 9 for a name from anywhere, 30 for an address),
 * so that no attempt is allowed again (one every 20 s) while the slow password hashes of a burst run;
 * {@code SecretsStayHiddenIT} meets the default limit. {@code FailureThrottleTest} shows the waits doubling.
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

    /**
     * The probe's lock-out: wrong passwords for a name that is no user's, from the address a load balancer or an
     * office shares, used to keep every user behind it out.
     */
    @Test
    void guessesAtOneNameFromAnAddressKeepNoOtherUserBehindItOut() {
        InetAddress shared = loopback(2);
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 2 * LIMIT; i++) {
            statuses.add(get(shared, ApiClient.basic("nobody", "password-" + i)).status());
        }

        assertEquals(List.of(401, 401, 401, 429, 429, 429), statuses, statuses::toString);
        assertRefusedForAWhile(get(shared, ApiClient.basic("nobody", "password-x")));
        assertEquals(200, get(shared, ApiClient.basic(RunningServer.READER, RunningServer.READER_PASSWORD))
                .status());
        assertEquals(401, get(shared, ApiClient.basic(RunningServer.READER, "wrong")).status());
        assertEquals(200, get(shared, ApiClient.basic(RunningServer.ADMIN, RunningServer.ADMIN_PASSWORD)).status());
    }

    /** Password spraying: one address trying many names is held back after ten times one name's allowance. */
    @Test
    void anAddressTryingManyNamesIsHeldBackAfterTenTimesTheLimitExceptForUsersWhoSignedInThere() {
        InetAddress sprayer = loopback(70);
        String admin = ApiClient.basic(RunningServer.ADMIN, RunningServer.ADMIN_PASSWORD);
        assertEquals(200, get(sprayer, admin).status());
        int checked = 0;

        // the address's allowance refills one attempt every 2 s meanwhile, as each guess costs a password hash
        while (checked < 20 * LIMIT && get(sprayer, ApiClient.basic("sprayed-" + checked, "Summer2026!")).status()
                == 401) {
            checked++;
        }

        assertTrue(checked >= 10 * LIMIT && checked < 20 * LIMIT, checked + " guesses checked");
        assertRefusedForAWhile(get(sprayer, ApiClient.basic(RunningServer.READER, RunningServer.READER_PASSWORD)));
        assertEquals(200, get(sprayer, admin).status());
        assertEquals(200, get(loopback(71), ApiClient.basic(RunningServer.READER, RunningServer.READER_PASSWORD))
                .status());
    }

    @Test
    void aBurstAgainstOneUserFromManyAddressesHoldsThatUserBackExceptWhereTheyHaveSignedIn() {
        InetAddress home = loopback(40);
        assertEquals(200, get(home, ApiClient.basic(VICTIM, VICTIM_PASSWORD)).status());
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 3 * LIMIT + 2; i++) {
            statuses.add(get(loopback(10 + i), ApiClient.basic(VICTIM, "guess-" + i)).status());
        }

        assertEquals(3 * LIMIT, statuses.stream().filter(status -> status == 401).count(), statuses::toString);
        assertEquals(List.of(429, 429), statuses.subList(3 * LIMIT, 3 * LIMIT + 2));
        assertRefusedForAWhile(get(loopback(41), ApiClient.basic(VICTIM, VICTIM_PASSWORD)));
        assertEquals(200, get(home, ApiClient.basic(VICTIM, VICTIM_PASSWORD)).status());
        assertEquals(200, get(loopback(41), ApiClient.basic(RunningServer.READER, RunningServer.READER_PASSWORD))
                .status());
        assertEquals(200, get(loopback(42), "Bearer " + RunningServer.ADMIN_TOKEN).status());
    }

    /** Otherwise the limit would tell which user names exist. */
    @Test
    void aNameThatIsNoUsersIsLimitedAlike() {
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < 3 * LIMIT + 1; i++) {
            statuses.add(get(loopback(60 + i), ApiClient.basic("no-such-user", "guess-" + i)).status());
        }

        assertEquals(3 * LIMIT, statuses.stream().filter(status -> status == 401).count(), statuses::toString);
        assertEquals(429, statuses.get(3 * LIMIT), statuses::toString);
    }

    @Test
    void guessedTokensAreLimitedLikePasswords() {
        InetAddress attacker = loopback(50);
        List<Integer> statuses = new ArrayList<>();

        for (int i = 0; i < LIMIT + 1; i++) {
            statuses.add(get(attacker, "Bearer guess-" + i).status());
        }

        assertEquals(List.of(401, 401, 401, 429), statuses, statuses::toString);
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
