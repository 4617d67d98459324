package io.contactkit.architecture;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule over all of ContactKit's production classes, as this module's test classpath holds them. */
class ContactKitKeepsItsArchitectureTest {

    /**
     * The ContactKit packages (directly under {@code io.contactkit}) that must hold classes, exactly: a listed module
     * without classes would let every rule about it pass on nothing, and classes anywhere else would escape the
     * rules. Add a module here as its first classes land: this test fails until you do.
     */
    private static final Set<String> MODULES_WITH_CLASSES = Set.of(
            "architecture", "codec", "domain", "enrichment", "http", "jdbc", "patch", "serialization", "server");

    private static final String ROOT = "io.contactkit";

    /** Test-jars (the domain's testing helpers, say) are test code too. */
    private static final ImportOption NO_TEST_JARS = location -> !location.contains("-tests.jar");

    private static final JavaClasses CONTACTKIT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(NO_TEST_JARS)
            .importPackages(ROOT);

    static Stream<Named<ArchRule>> contactKitRules() {
        return ContactKitArchitecture.contactKit().rules().stream().map(rule -> Named.of(rule.getDescription(), rule));
    }

    @ParameterizedTest
    @MethodSource("contactKitRules")
    void contactKitKeepsTheRule(ArchRule rule) {
        rule.check(CONTACTKIT);
    }

    @Test
    void exactlyTheExpectedModulesHoldClasses() {
        Map<String, Long> classesPerModule = CONTACTKIT.stream()
                .collect(groupingBy(ContactKitKeepsItsArchitectureTest::moduleOf, TreeMap::new, counting()));

        assertEquals(new TreeSet<>(MODULES_WITH_CLASSES), classesPerModule.keySet(),
                () -> "classes per ContactKit package: " + classesPerModule + "; when a module's first classes land,"
                        + " add it to MODULES_WITH_CLASSES; classes outside the module packages escape the rules");
    }

    /** The package segment right under {@code io.contactkit}, or "" for a class in the root package itself. */
    private static String moduleOf(JavaClass javaClass) {
        String underRoot = javaClass.getPackageName().substring(ROOT.length());
        return underRoot.isEmpty() ? "" : underRoot.substring(1).split("\\.", 2)[0];
    }
}
