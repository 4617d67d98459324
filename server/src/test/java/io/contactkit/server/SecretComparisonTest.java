package io.contactkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.contactkit.domain.rights.Role;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * How the accounts compare what a client sends with what they know. Comparing in constant time is not a
 * behaviour a test can time reliably (a 32-byte comparison takes nanoseconds either way), so this reads the
 * compiled code: every comparison of secrets goes through {@link MessageDigest#isEqual}, and the early-exiting
 * comparisons are used on names only.
 */
class SecretComparisonTest {

    private static final JavaClasses ACCOUNTS = new ClassFileImporter().importClasses(Accounts.class,
            PasswordHash.class, VerifiedCredentials.class, FailureThrottle.class, IdentityAdministration.class,
            Role.class);

    @Test
    void passwordHashesAreComparedWithMessageDigestIsEqual() {
        Set<String> callers = new TreeSet<>();
        for (JavaMethodCall call : calls()) {
            if (call.getTargetOwner().isEquivalentTo(MessageDigest.class) && call.getName().equals("isEqual")) {
                callers.add(call.getOwner().getFullName());
            }
        }

        assertEquals(Set.of(PasswordHash.class.getName() + ".matches(java.lang.String)"), callers);
    }

    /** String.equals and Arrays.equals stop at the first difference: they may compare names, never secrets. */
    @Test
    void earlyExitingComparisonsAreMadeOnNamesOnly() {
        Set<String> callers = new TreeSet<>();
        for (JavaMethodCall call : calls()) {
            String target = call.getTargetOwner().getName() + "." + call.getName();
            if (Set.of("java.lang.String.equals", "java.lang.String.equalsIgnoreCase",
                    "java.lang.String.contentEquals", "java.lang.String.compareTo", "java.util.Arrays.equals",
                    "java.util.Objects.equals").contains(target)) {
                callers.add(call.getOwner().getFullName());
            }
        }

        // the role's name; tokens and tickets are found by their digests, never compared
        assertEquals(Set.of(Role.class.getName() + ".named(java.lang.String)"), callers);
    }

    private static Set<JavaMethodCall> calls() {
        Set<JavaMethodCall> calls = new HashSet<>();
        ACCOUNTS.forEach(javaClass -> calls.addAll(javaClass.getMethodCallsFromSelf()));
        return calls;
    }
}
