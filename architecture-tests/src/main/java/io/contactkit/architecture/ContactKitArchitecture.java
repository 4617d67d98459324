package io.contactkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The architecture ContactKit holds itself to, as ArchUnit rules that any build can run over its own classes.
 * <p>
 * The core is {@code domain} (plain Java and Jakarta Validation) and {@code patch} (plain Java on top of the domain).
 * The adapters {@code serialization}, {@code jdbc} and {@code http} plug into the core and never into each other,
 * with two deliberate exceptions: HTTP reads and writes the wire format, so {@code http} uses {@code serialization};
 * and the standalone server's wiring in {@code http.server} is the one place that assembles adapters, so only it
 * uses {@code jdbc}.
 * <p>
 * An application that embeds ContactKit and writes its own adapter checks it in its own build:
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("com.acme.crm");
 * ContactKitArchitecture.contactKit().adapterUsesOnlyTheCore("com.acme.crm.storage").check(classes);
 * }</pre>
 */
public final class ContactKitArchitecture {

    private static final Pattern PACKAGE_NAME = Pattern.compile(
            "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    private static final String JDK = "java..";
    private static final String VALIDATION = "jakarta.validation..";
    private static final String[] INFRASTRUCTURE_LIBRARIES = {
        "tools.jackson..", "com.fasterxml.jackson..", "org.jdbi..", "java.sql..", "javax.sql..",
        "jakarta.servlet..", "org.eclipse.jetty.."
    };

    private final String root;
    private final String domain;
    private final String patch;
    private final String serialization;
    private final String jdbc;
    private final String http;
    private final String serverWiring;

    private ContactKitArchitecture(String root) {
        this.root = root;
        this.domain = root + ".domain..";
        this.patch = root + ".patch..";
        this.serialization = root + ".serialization..";
        this.jdbc = root + ".jdbc..";
        this.http = root + ".http..";
        this.serverWiring = root + ".http.server..";
    }

    /** The rules for ContactKit itself, under {@code io.contactkit}. */
    public static ContactKitArchitecture contactKit() {
        return new ContactKitArchitecture("io.contactkit");
    }

    /**
     * The rules for a tree laid out like ContactKit under another root package ({@code <root>.domain},
     * {@code <root>.patch}, ...); the rules' own tests point them at deliberately broken fixtures this way.
     */
    public static ContactKitArchitecture rootedAt(String rootPackage) {
        return new ContactKitArchitecture(packageName(rootPackage));
    }

    /** Every rule ContactKit holds itself to (the embedder's rule excepted: it needs the embedder's package). */
    public List<ArchRule> rules() {
        return List.of(
                domainDependsOnlyOnJdkAndValidation(),
                patchDependsOnlyOnJdkAndDomain(),
                onlyTheServerWiringUsesTheJdbcAdapter(),
                onlyTheHttpAdapterUsesSerialization(),
                nothingOutsideTheHttpAdapterUsesIt(),
                coreDependsOnNoAdapter(),
                coreUsesNoInfrastructureLibrary(),
                noPackageCycles());
    }

    public ArchRule domainDependsOnlyOnJdkAndValidation() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, VALIDATION, domain)
                .because("the domain is plain Java that any adapter can embed")
                .allowEmptyShould(false);
    }

    /**
     * Passes when there are no patch classes at all: a ContactKit build checks separately that every module it
     * expects has classes.
     */
    public ArchRule patchDependsOnlyOnJdkAndDomain() {
        return classes().that().resideInAPackage(patch)
                .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, domain, patch)
                .because("patch semantics are plain Java on the domain's model")
                .allowEmptyShould(true);
    }

    public ArchRule onlyTheServerWiringUsesTheJdbcAdapter() {
        return noClasses().that().resideOutsideOfPackages(jdbc, serverWiring)
                .should().dependOnClassesThat().resideInAPackage(jdbc)
                .because("storage plugs into the core's ports, and only the server wiring assembles adapters")
                .allowEmptyShould(false);
    }

    public ArchRule onlyTheHttpAdapterUsesSerialization() {
        return noClasses().that().resideOutsideOfPackages(serialization, http)
                .should().dependOnClassesThat().resideInAPackage(serialization)
                .because("the wire format is HTTP's business; the core and the other adapters never see it")
                .allowEmptyShould(false);
    }

    public ArchRule nothingOutsideTheHttpAdapterUsesIt() {
        return noClasses().that().resideOutsideOfPackage(http)
                .should().dependOnClassesThat().resideInAPackage(http)
                .because("HTTP is the outermost adapter: it calls the core, nothing calls it")
                .allowEmptyShould(false);
    }

    public ArchRule coreDependsOnNoAdapter() {
        return noClasses().that().resideInAnyPackage(domain, patch)
                .should().dependOnClassesThat().resideInAnyPackage(serialization, jdbc, http)
                .because("adapters depend on the core, never the reverse")
                .allowEmptyShould(false);
    }

    public ArchRule coreUsesNoInfrastructureLibrary() {
        return noClasses().that().resideInAnyPackage(domain, patch)
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE_LIBRARIES)
                .because("JSON, SQL, servlets and servers belong to adapters; the core is plain Java")
                .allowEmptyShould(false);
    }

    /** Each package is its own slice, so a cycle between two packages of the same module counts too. */
    public ArchRule noPackageCycles() {
        return slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .because("packages that need each other are one package in disguise")
                .allowEmptyShould(false);
    }

    /**
     * An adapter (the given package and its subpackages) uses ContactKit only through its core ({@code domain}:
     * ports, model, service, failures; and {@code patch}), never through another adapter's internals. Fails when the
     * package has no classes, so a misspelt package cannot pass.
     */
    public ArchRule adapterUsesOnlyTheCore(String adapterPackage) {
        String adapter = packageName(adapterPackage) + "..";
        return noClasses().that().resideInAPackage(adapter)
                .should().dependOnClassesThat(resideInAPackage(root + "..")
                        .and(not(resideInAnyPackage(domain, patch, adapter)))
                        .as("reside in ContactKit outside its core (%s, %s)", domain, patch))
                .because("an adapter plugs into the core's ports; other adapters' classes are their own business")
                .allowEmptyShould(false);
    }

    private static String packageName(String name) {
        if (name == null || !PACKAGE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a package name: '" + name + "' (give it without a trailing '..')");
        }
        return name;
    }
}
