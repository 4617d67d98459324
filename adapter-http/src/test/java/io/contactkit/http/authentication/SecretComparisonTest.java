package io.contactkit.http.authentication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * How the credential schemes compare what a client sends with what they know. Comparing in constant time is not a
 * behaviour a test can time reliably (a 32-byte comparison takes nanoseconds either way), so this reads the
 * compiled code: every comparison of secrets goes through {@link MessageDigest#isEqual}, and the early-exiting
 * comparisons are used on names only.
 */
class SecretComparisonTest {

    private static final JavaClasses AUTHENTICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(SecretComparisonTest.class.getPackageName());

    @Test
    void xsrfTokensAreComparedWithMessageDigestIsEqual() {
        Set<String> callers = new TreeSet<>();
        for (JavaMethodCall call : calls()) {
            if (call.getTargetOwner().isEquivalentTo(MessageDigest.class) && call.getName().equals("isEqual")) {
                callers.add(call.getOwner().getFullName());
            }
        }

        assertEquals(Set.of(Secrets.class.getName() + ".sameText(java.lang.String, java.lang.String)"), callers);
        assertTrue(calls().stream().anyMatch(call -> call.getOwner().getName().equals("requireXsrfToken")
                && call.getName().equals("sameText")), "the XSRF token is compared with Secrets.sameText");
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

        // the cookie's name, and the switch on the scheme's name in the Authorization header
        assertEquals(Set.of(BuiltInAuthenticator.class.getName() + ".cookie(jakarta.servlet.http.HttpServletRequest,"
                + " java.lang.String)",
                BuiltInAuthenticator.class.getName() + ".byAuthorization(java.lang.String, java.lang.String)"),
                callers);
    }

    private static Set<JavaMethodCall> calls() {
        Set<JavaMethodCall> calls = new HashSet<>();
        AUTHENTICATION.forEach(javaClass -> calls.addAll(javaClass.getMethodCallsFromSelf()));
        return calls;
    }
}
