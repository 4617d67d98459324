package com.example.crm.contacts.login;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.contactkit.domain.rights.ContactRight;
import io.contactkit.domain.rights.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** What a user signed in by the application may do with contacts, by the role the application gave them. */
class SignedInUsersTest {

    private final SignedInUsers users = new SignedInUsers("crm");

    @Test
    void contactAdminMayDoEverything() {
        assertEquals(Optional.of(new Principal("ada", 0, EnumSet.allOf(ContactRight.class))),
                users.authenticate(signedIn("ada", SignedInUsers.CONTACT_ADMIN)));
    }

    @Test
    void contactReaderMayOnlyRead() {
        assertEquals(Optional.of(new Principal("rita", 0, Set.of(ContactRight.READ))),
                users.authenticate(signedIn("rita", SignedInUsers.CONTACT_READER)));
    }

    @Test
    void userWithNeitherRoleIsKnownButMayDoNothing() {
        assertEquals(Optional.of(new Principal("otto", 0, Set.of())),
                users.authenticate(signedIn("otto", "INVOICES")));
    }

    @Test
    void requestWithoutSignedInUserHasNoPrincipalAndIsChallengedForTheRealm() {
        assertEquals(Optional.empty(), users.authenticate(new MockHttpServletRequest()));
        assertEquals(List.of("Basic realm=\"crm\""), users.challenges());
    }

    private static MockHttpServletRequest signedIn(String name, String role) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setUserPrincipal(() -> name);
        request.addUserRole(role);
        return request;
    }
}
