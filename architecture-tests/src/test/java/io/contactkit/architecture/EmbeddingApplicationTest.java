package io.contactkit.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.embedder.leakysignin.SelfServingSignIn;
import com.example.embedder.leakystorage.RowMappedContacts;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.contactkit.http.ContactApiServlet;
import io.contactkit.http.authentication.Authenticator;
import io.contactkit.jdbc.JdbcAdapterInternals;
import org.junit.jupiter.api.Test;

/**
 * The rule set as an application that embeds ContactKit runs it in its own build, over its own storage and sign-in
 * adapters in {@code com.example.embedder}.
 */
class EmbeddingApplicationTest {

    private static final JavaClasses EMBEDDER = new ClassFileImporter().importPackages("com.example.embedder");

    private static final ContactKitArchitecture CONTACTKIT = ContactKitArchitecture.contactKit();

    @Test
    void adapterUsingOnlyTheCorePortsKeepsTheRule() {
        EvaluationResult result = CONTACTKIT.adapterUsesOnlyTheCore("com.example.embedder.storage").evaluate(EMBEDDER);

        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    @Test
    void adapterReachingIntoTheJdbcAdapterBreaksTheRule() {
        EvaluationResult result = CONTACTKIT.adapterUsesOnlyTheCore("com.example.embedder.leakystorage")
                .evaluate(EMBEDDER);

        assertTrue(result.hasViolation());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(RowMappedContacts.class.getName())
                && report.contains(JdbcAdapterInternals.class.getName()), report);
    }

    @Test
    void signInAdapterUsingTheCredentialPortsKeepsItsRule() {
        EvaluationResult result = CONTACTKIT.signInAdapterUsesOnlyTheCoreAndTheCredentialPorts(
                "com.example.embedder.signin").evaluate(EMBEDDER);

        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    @Test
    void signInAdapterServingRequestsThroughTheServletBreaksItsRule() {
        EvaluationResult result = CONTACTKIT.signInAdapterUsesOnlyTheCoreAndTheCredentialPorts(
                "com.example.embedder.leakysignin").evaluate(EMBEDDER);

        assertTrue(result.hasViolation());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(SelfServingSignIn.class.getName())
                && report.contains(ContactApiServlet.class.getName()), report);
    }

    @Test
    void signInAdapterIsNoCoreOnlyAdapter() {
        EvaluationResult result = CONTACTKIT.adapterUsesOnlyTheCore("com.example.embedder.signin").evaluate(EMBEDDER);

        assertTrue(result.getFailureReport().toString().contains(Authenticator.class.getName()),
                result.getFailureReport()::toString);
    }

    @Test
    void misspeltAdapterPackageFailsInsteadOfPassingOnNothing() {
        ArchRule misspelt = CONTACTKIT.adapterUsesOnlyTheCore("com.example.embedder.storgae");

        AssertionError failure = assertThrows(AssertionError.class, () -> misspelt.evaluate(EMBEDDER));

        assertTrue(failure.getMessage().contains("failed to check any classes"), failure.getMessage());
    }
}
