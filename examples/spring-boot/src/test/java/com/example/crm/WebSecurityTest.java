package com.example.crm;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.crm.contacts.login.SignedInUsers;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The application's user comes from its configuration with a hashed password, or the application does not start. */
class WebSecurityTest {

    private final WebSecurity security = new WebSecurity();

    @Test
    void passwordGivenInPlainTextStopsStartUp() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> security.users("clerk", "correct horse battery", SignedInUsers.CONTACT_ADMIN));

        assertTrue(refused.getMessage().contains("crm.user.password-hash"), refused::getMessage);
    }

    @Test
    void passwordHashedByHtpasswdSignsTheUserIn() {
        // htpasswd -nbBC 10 '' 'correct horse battery' | tr -d ':\n'
        String hash = "{bcrypt}$2y$10$Mw/dK7C428DiOMTd0GbMl.gW3QgRcLNWGfBflik3Y7X5UOHwNmP..";
        PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        UserDetails clerk = security.users("clerk", hash, SignedInUsers.CONTACT_READER).loadUserByUsername("clerk");

        assertTrue(passwords.matches("correct horse battery", clerk.getPassword()));
        assertTrue(clerk.getAuthorities().stream().anyMatch(role -> role.getAuthority().equals("ROLE_CONTACT_READER")));
    }
}
