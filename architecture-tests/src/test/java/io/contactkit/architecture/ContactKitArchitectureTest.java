package io.contactkit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.contactkit.fixture.codec.CodecPatching;
import io.contactkit.fixture.codec.ContactTree;
import io.contactkit.fixture.domain.Contact;
import io.contactkit.fixture.domain.DomainKnowingItsAdapters;
import io.contactkit.fixture.domain.DomainOnInfrastructure;
import io.contactkit.fixture.domain.DomainReadingXml;
import io.contactkit.fixture.domain.card.ContactCard;
import io.contactkit.fixture.domain.card.format.CardFormat;
import io.contactkit.fixture.domain.port.ContactStore;
import io.contactkit.fixture.enrichment.CompanyLookup;
import io.contactkit.fixture.enrichment.EnrichmentSavingRows;
import io.contactkit.fixture.enrichment.LookupCountingCalls;
import io.contactkit.fixture.enrichment.LookupReadingRequests;
import io.contactkit.fixture.http.ContactResource;
import io.contactkit.fixture.http.ResourceCallingOut;
import io.contactkit.fixture.http.ResourceKnowingTheServer;
import io.contactkit.fixture.http.ResourceStartingJetty;
import io.contactkit.fixture.http.ResourceWithItsOwnStore;
import io.contactkit.fixture.jdbc.JdbcContactStore;
import io.contactkit.fixture.jdbc.JdbcStoreAnsweringHttp;
import io.contactkit.fixture.jdbc.JdbcStoreWritingJson;
import io.contactkit.fixture.jdbc.rows.RowMapper;
import io.contactkit.fixture.patch.PatchReadingJackson;
import io.contactkit.fixture.patch.PatchServedOverHttp;
import io.contactkit.fixture.patch.PatchWithValidationAnnotations;
import io.contactkit.fixture.patch.Rename;
import io.contactkit.fixture.serialization.ContactJson;
import io.contactkit.fixture.serialization.JsonReadFromRows;
import io.contactkit.fixture.serialization.JsonServedOverHttp;
import io.contactkit.fixture.server.ServerWiring;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule against the miniature ContactKit in {@code io.contactkit.fixture}: its sound classes keep every rule,
 * and each deliberately wrong class breaks the rule it is about, so no rule can pass on nothing.
 */
class ContactKitArchitectureTest {

    private static final ContactKitArchitecture FIXTURE = ContactKitArchitecture.rootedAt("io.contactkit.fixture");

    /** The sound classes use every dependency the rules allow, the server wiring's included. */
    private static final List<Class<?>> SOUND = List.of(Contact.class, ContactStore.class, ContactTree.class,
            Rename.class, ContactJson.class, JdbcContactStore.class, ContactResource.class, CompanyLookup.class,
            ServerWiring.class);

    static Stream<Named<ArchRule>> fixtureRules() {
        return FIXTURE.rules().stream().map(rule -> Named.of(rule.getDescription(), rule));
    }

    @ParameterizedTest
    @MethodSource("fixtureRules")
    void soundClassesKeepTheRule(ArchRule rule) {
        EvaluationResult result = rule.evaluate(soundWith());
        assertFalse(result.hasViolation(), result.getFailureReport()::toString);
    }

    @Test
    void domainReadingXmlBreaksTheDomainRule() {
        assertBrokenOnlyBy(FIXTURE.domainDependsOnlyOnJdkAndValidation(),
                List.of(DomainReadingXml.class), "javax.xml.parsers.DocumentBuilder");
    }

    @Test
    void domainOnAnyLibraryOrAdapterBreaksTheDomainRuleToo() {
        assertBrokenOnlyBy(FIXTURE.domainDependsOnlyOnJdkAndValidation(),
                List.of(DomainOnInfrastructure.class, DomainKnowingItsAdapters.class),
                "javax.sql.DataSource", "org.jdbi.v3.core.Jdbi", "io.contactkit.fixture.serialization.ContactJson");
    }

    @Test
    void patchUsingValidationBreaksThePatchRule() {
        assertBrokenOnlyBy(FIXTURE.patchDependsOnlyOnJdkTheCoreAndTheCodec(),
                List.of(PatchWithValidationAnnotations.class), "jakarta.validation.constraints.NotNull");
    }

    @Test
    void codecReachingOutwardBreaksTheCodecRule() {
        assertBrokenOnlyBy(FIXTURE.codecDependsOnlyOnJdkAndTheCore(), List.of(CodecPatching.class),
                Rename.class.getName());
    }

    @Test
    void moduleReachingOutwardBreaksTheOnion() {
        assertBrokenOnlyBy(FIXTURE.modulesFormAnOnion(),
                List.of(DomainKnowingItsAdapters.class, CodecPatching.class, PatchServedOverHttp.class,
                        JsonReadFromRows.class, JsonServedOverHttp.class, ResourceKnowingTheServer.class),
                ContactJson.class.getName(), JdbcContactStore.class.getName(), ContactResource.class.getName(),
                Rename.class.getName(), ServerWiring.class.getName());
    }

    @Test
    void adapterUsingAnotherAdapterBreaksTheAdapterRule() {
        List<Class<?>> wrong = List.of(ResourceWithItsOwnStore.class, JdbcStoreAnsweringHttp.class,
                EnrichmentSavingRows.class);
        EvaluationResult result = FIXTURE.noAdapterUsesAnotherAdapter()
                .evaluate(soundWith(wrong.toArray(Class<?>[]::new)));

        assertTrue(result.hasViolation());
        String report = result.getFailureReport().toString();
        for (Class<?> each : wrong) {
            assertTrue(report.contains(each.getName()), () -> each.getName() + " not in " + report);
        }
    }

    @Test
    void jdbcWritingJsonBreaksTheSerializationRule() {
        assertBrokenOnlyBy(FIXTURE.onlyTheHttpAdapterAndTheServerUseSerialization(),
                List.of(JdbcStoreWritingJson.class), ContactJson.class.getName());
    }

    @Test
    void coreUsingAnAdapterBreaksTheCoreRule() {
        assertBrokenOnlyBy(FIXTURE.coreDependsOnNoAdapter(),
                List.of(DomainKnowingItsAdapters.class, PatchServedOverHttp.class),
                ContactJson.class.getName(), JdbcContactStore.class.getName(), ContactResource.class.getName());
    }

    @Test
    void coreUsingAnyInfrastructureLibraryBreaksTheInfrastructureRule() {
        assertBrokenOnlyBy(FIXTURE.coreUsesNoInfrastructureLibrary(),
                List.of(DomainOnInfrastructure.class, PatchReadingJackson.class),
                "java.sql.", "javax.sql.", "tools.jackson.", "com.fasterxml.jackson.", "org.jdbi.",
                "jakarta.servlet.", "org.eclipse.jetty.", "io.micrometer.");
    }

    @Test
    void jdbcOutsideTheStorageAdapterBreaksTheJdbcRule() {
        assertBrokenOnlyBy(FIXTURE.onlyTheJdbcAdapterUsesJdbc(), List.of(DomainOnInfrastructure.class),
                "java.sql.", "javax.sql.", "org.jdbi.");
    }

    @Test
    void jacksonOutsideSerializationAndEnrichmentBreaksTheJacksonRule() {
        assertBrokenOnlyBy(FIXTURE.onlySerializationAndEnrichmentUseJackson(),
                List.of(DomainOnInfrastructure.class, PatchReadingJackson.class),
                "tools.jackson.", "com.fasterxml.jackson.");
    }

    @Test
    void callingOutOverHttpOutsideEnrichmentBreaksTheJavaNetHttpRule() {
        assertBrokenOnlyBy(FIXTURE.onlyTheEnrichmentAdapterUsesJavaNetHttp(), List.of(ResourceCallingOut.class),
                "java.net.http.");
    }

    @Test
    void servletApiOutsideHttpAndTheServerBreaksTheServletRule() {
        assertBrokenOnlyBy(FIXTURE.onlyTheHttpAdapterAndTheServerUseTheServletApi(),
                List.of(LookupReadingRequests.class, DomainOnInfrastructure.class), "jakarta.servlet.");
    }

    @Test
    void jettyOutsideTheServerBreaksTheJettyRule() {
        assertBrokenOnlyBy(FIXTURE.onlyTheServerUsesJetty(),
                List.of(ResourceStartingJetty.class, DomainOnInfrastructure.class), "org.eclipse.jetty.");
    }

    @Test
    void metersOutsideHttpJdbcAndTheServerBreakTheMicrometerRule() {
        assertBrokenOnlyBy(FIXTURE.onlyTheHttpAndJdbcAdaptersAndTheServerUseMicrometer(),
                List.of(LookupCountingCalls.class, DomainOnInfrastructure.class), "io.micrometer.");
    }

    @Test
    void publicTypeOutsideTheApiPackagesBreaksThePublicRule() {
        EvaluationResult result = FIXTURE.publicTypesLiveInApiPackagesOnly().evaluate(soundWith(RowMapper.class));

        assertTrue(result.hasViolation());
        List<String> lines = result.getFailureReport().getDetails();
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).contains(RowMapper.class.getName()), lines::toString);
    }

    @Test
    void packagesUsingEachOtherBreakTheCycleRule() {
        EvaluationResult result = FIXTURE.noPackageCycles().evaluate(soundWith(ContactCard.class, CardFormat.class));

        assertTrue(result.hasViolation());
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(ContactCard.class.getName()) && report.contains(CardFormat.class.getName()),
                report);
    }

    @Test
    void onlyThePatchRulePassesOnNoClassesAtAll() {
        JavaClasses nothing = new ClassFileImporter().importClasses(List.of());

        List<String> passingOnNothing = FIXTURE.rules().stream()
                .filter(rule -> passes(rule, nothing))
                .map(ArchRule::getDescription)
                .toList();

        assertEquals(List.of(FIXTURE.patchDependsOnlyOnJdkTheCoreAndTheCodec().getDescription()), passingOnNothing);
    }

    @Test
    void aPackageWrittenAsAPatternIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ContactKitArchitecture.contactKit().adapterUsesOnlyTheCore("com.example.storage.."));

        assertTrue(refused.getMessage().contains("com.example.storage.."), refused.getMessage());
    }

    /**
     * The rule breaks once the wrong classes join the sound ones, each violation starting in a wrong class, and
     * between them reaching every expected target (a class or a package prefix).
     */
    private static void assertBrokenOnlyBy(ArchRule rule, List<Class<?>> wrong, String... expectedTargets) {
        EvaluationResult broken = rule.evaluate(soundWith(wrong.toArray(Class<?>[]::new)));
        assertTrue(broken.hasViolation(), rule.getDescription() + " did not notice " + wrong);
        Set<String> origins = new TreeSet<>();
        Set<String> targets = new TreeSet<>();
        broken.handleViolations((Collection<Dependency> dependencies, String message) -> dependencies.forEach(
                dependency -> {
                    origins.add(dependency.getOriginClass().getName());
                    targets.add(dependency.getTargetClass().getName());
                }));
        assertEquals(new TreeSet<>(wrong.stream().map(Class::getName).toList()), origins,
                broken.getFailureReport()::toString);
        for (String expected : expectedTargets) {
            assertTrue(targets.stream().anyMatch(target -> target.startsWith(expected)),
                    () -> expected + " not among the violations' targets " + targets);
        }
    }

    private static boolean passes(ArchRule rule, JavaClasses classes) {
        try {
            rule.check(classes);
            return true;
        } catch (AssertionError violated) {
            return false;
        }
    }

    private static JavaClasses soundWith(Class<?>... wrong) {
        List<Class<?>> classes = new ArrayList<>(SOUND);
        classes.addAll(List.of(wrong));
        return new ClassFileImporter().importClasses(classes);
    }
}
