package com.example.crm;

import com.example.crm.contacts.login.SignedInUsers;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security signs the application's user in with HTTP Basic, against the BCrypt hash of their password that
 * the configuration gives. What a signed-in user may do with contacts the Contact API decides itself, so its paths
 * pass through, and it answers a missing sign-in (401) or a missing right (403) with its own problem.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {

    private static final Pattern BCRYPT_HASH = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./0-9A-Za-z]{53}");

    /** @param realm the realm of the Basic challenge, the same in Spring Security's 401 answers as in the API's */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, @Value("${crm.realm}") String realm) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/**").permitAll()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName(realm))
                // credentials come with each request and never in a cookie: no session for a forged request to use
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The application's one user. Start-up fails without one, and with a password given as anything but its BCrypt
     * hash.
     *
     * @param role what the user may do with contacts: {@link SignedInUsers#CONTACT_ADMIN} or
     *             {@link SignedInUsers#CONTACT_READER}
     */
    @Bean
    UserDetailsService users(@Value("${crm.user.name}") String name,
                             @Value("${crm.user.password-hash}") String passwordHash,
                             @Value("${crm.user.role}") String role) {
        if (!BCRYPT_HASH.matcher(passwordHash).matches()) {
            throw new IllegalStateException("crm.user.password-hash must be the password's BCrypt hash,"
                    + " {bcrypt}$2a$10$ and 53 more characters: never the password itself");
        }
        return new InMemoryUserDetailsManager(User.withUsername(name).password(passwordHash)
                .roles(role).build());
    }
}
