package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.contactkit.domain.rights.Principal;
import io.contactkit.domain.rights.Role;
import io.contactkit.domain.testing.InMemoryIdentityRepository;
import io.contactkit.domain.testing.MutableClock;
import io.contactkit.http.authentication.SignIn;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' accounts on one repository, as two servers on one database: what one issues, the other honours; what one
 * ends, the other stops honouring once the cache TTL has passed, and the node that ended it at once.
 */
class SharedIdentitiesTest {

    private static final Duration TTL = Duration.ofSeconds(5);
    private static final String ADDRESS = "192.0.2.10";

    private final MutableClock clock = new MutableClock(Instant.parse("2030-05-01T08:00:00Z"));
    private final InMemoryIdentityRepository identities = new InMemoryIdentityRepository();
    private final IdentityAdministration administration = new IdentityAdministration(identities, 1_000);
    private final Accounts first = node();
    private final Accounts second = node();

    SharedIdentitiesTest() {
        administration.addUser("ada", Role.ADMIN, 1, "correct horse");
        administration.addUser("rita", Role.READONLY, 2, "battery staple");
    }

    @Test
    void aTicketIssuedByOneNodeWorksOnTheOtherWithTheSameXsrfToken() {
        SignIn issued = first.signIn("rita", "battery staple", ADDRESS).orElseThrow();

        SignIn elsewhere = second.session(issued.ticket()).orElseThrow();

        assertEquals(Principal.readOnly("rita", 2), elsewhere.principal());
        assertEquals(issued.xsrfToken(), elsewhere.xsrfToken());
        assertEquals(issued.expires(), elsewhere.expires());
    }

    @Test
    void aSignOutHoldsAtOnceWhereItWasMadeAndOnTheOtherNodeWithinTheTtl() {
        SignIn issued = first.signIn("ada", "correct horse", ADDRESS).orElseThrow();
        second.session(issued.ticket()).orElseThrow();

        first.signOut(issued.ticket());

        assertEquals(Optional.empty(), first.session(issued.ticket()));
        clock.advance(TTL);
        assertEquals(Optional.empty(), second.session(issued.ticket()));
    }

    @Test
    void aRemovedUserIsRefusedEverywhereWithinTheTtlPasswordTicketAndAll() {
        SignIn issued = first.signIn("rita", "battery staple", ADDRESS).orElseThrow();
        assertTrue(second.user("rita", "battery staple", ADDRESS).isPresent());
        second.session(issued.ticket()).orElseThrow();

        administration.removeUser("rita");
        clock.advance(TTL);

        assertEquals(Optional.empty(), first.user("rita", "battery staple", ADDRESS));
        assertEquals(Optional.empty(), second.user("rita", "battery staple", ADDRESS));
        assertEquals(Optional.empty(), second.session(issued.ticket()));
        assertEquals(Optional.empty(), second.signIn("rita", "battery staple", ADDRESS));
    }

    /** The node verified the old password a moment ago; that must not outlive the change. */
    @Test
    void aNewPasswordEndsTheOldOneAndItsSessionsEverywhereWithinTheTtl() {
        SignIn issued = first.signIn("ada", "correct horse", ADDRESS).orElseThrow();
        assertTrue(second.user("ada", "correct horse", ADDRESS).isPresent());

        administration.changePassword("ada", "staple battery horse");
        clock.advance(TTL);

        assertEquals(Optional.empty(), second.user("ada", "correct horse", ADDRESS));
        assertEquals(Optional.empty(), second.session(issued.ticket()));
        assertEquals(Optional.of(Principal.administrator("ada", 1)),
                second.user("ada", "staple battery horse", ADDRESS));
    }

    @Test
    void aTokenAddedOrRemovedShowsOnEveryNode() {
        administration.addToken("deploy", "deploy-token-8c1d", Role.READONLY, 2);

        assertEquals(Optional.of(Principal.readOnly("deploy", 2)), first.token("deploy-token-8c1d", ADDRESS));
        assertEquals(Optional.of(Principal.readOnly("deploy", 2)), second.token("deploy-token-8c1d", ADDRESS));
        administration.removeToken("deploy");
        clock.advance(TTL);
        assertEquals(Optional.empty(), first.token("deploy-token-8c1d", ADDRESS));
        assertEquals(Optional.empty(), second.token("deploy-token-8c1d", ADDRESS));
    }

    @Test
    void withoutACacheEveryChangeShowsAtOnce() {
        Accounts uncached = Accounts.builder(identities).passwordIterations(1_000).clock(clock)
                .cacheTtl(Duration.ZERO).build();
        SignIn issued = first.signIn("ada", "correct horse", ADDRESS).orElseThrow();
        assertTrue(uncached.session(issued.ticket()).isPresent());

        first.signOut(issued.ticket());

        assertEquals(Optional.empty(), uncached.session(issued.ticket()));
    }

    @Test
    void aTicketStopsWorkingWhenItsSessionExpires() {
        SignIn issued = first.signIn("ada", "correct horse", ADDRESS).orElseThrow();
        second.session(issued.ticket()).orElseThrow();

        clock.advance(Duration.ofHours(8));

        assertEquals(Optional.empty(), first.session(issued.ticket()));
        assertEquals(Optional.empty(), second.session(issued.ticket()));
    }

    @Test
    void expiredSessionsAreSweptFromTheRepositoryBySignIns() {
        first.signIn("ada", "correct horse", ADDRESS).orElseThrow();
        clock.advance(Duration.ofHours(9));

        first.signIn("ada", "correct horse", ADDRESS).orElseThrow();

        assertEquals(0, identities.removeSessionsExpiredBy(clock.instant()), "the sign-in swept them already");
    }

    private Accounts node() {
        return Accounts.builder(identities).passwordIterations(1_000).clock(clock).cacheTtl(TTL).build();
    }
}
