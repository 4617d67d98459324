package io.contactkit.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The architecture ContactKit holds itself to, as ArchUnit rules that any build can run over its own classes.
 * <p>
 * An onion of modules, each a package under the root: the core {@code domain} (plain Java and Jakarta Validation:
 * model, schema, rules, ports, use cases) in the middle; the {@code codec} (carriers as documents by the schema,
 * written out as events and read from a format's tokens, plain Java) around it; the formats {@code patch} (plain
 * Java) and {@code serialization} (bytes, with Jackson) around that; the
 * adapters {@code http} (the servlet), {@code jdbc} (storage) and {@code enrichment} (company data) outside them,
 * none of which uses another; and the standalone {@code server}, the one place that assembles the adapters, outermost.
 * Each infrastructure library belongs to the modules whose job it is: JDBC to {@code jdbc} (the contacts and the
 * identities the server signs users in with alike), Jackson to {@code serialization} and {@code enrichment},
 * {@code java.net.http} to {@code enrichment}, the Servlet API to {@code http} and {@code server}, Jetty to
 * {@code server}, Micrometer to where requests and connections are handled ({@code http}, {@code jdbc}) and to the
 * {@code server} that exposes the meters. Public types live only in the packages that are a
 * module's API ({@link #PUBLIC_PACKAGES}); everything else is package-private.
 * <p>
 * An application that embeds ContactKit and writes its own adapter checks it in its own build:
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter().importPackages("com.acme.crm");
 * ContactKitArchitecture.contactKit().adapterUsesOnlyTheCore("com.acme.crm.storage").check(classes);
 * }</pre>
 */
public final class ContactKitArchitecture {

    /**
     * The packages (below the root) that may hold public types: the core's use cases, model, schema, rules, ports,
     * failures and rights, the contact archive's query (its use case and its request and page; the query language
     * itself stays package-private), and each other module's one package, with the servlet's credential schemes.
     */
    public static final List<String> PUBLIC_PACKAGES = List.of("domain", "domain.model", "domain.schema",
            "domain.rules", "domain.port", "domain.failure", "domain.rights", "domain.search", "codec", "patch",
            "serialization", "jdbc", "http", "http.authentication", "enrichment", "server", "architecture");

    private static final Pattern PACKAGE_NAME = Pattern.compile(
            "\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    private static final String JDK = "java..";
    private static final String VALIDATION = "jakarta.validation..";
    private static final String[] JDBC = {"java.sql..", "javax.sql..", "org.jdbi..", "com.zaxxer..",
        "org.flywaydb..", "org.h2..", "org.postgresql.."};
    private static final String[] JACKSON = {"tools.jackson..", "com.fasterxml.jackson.."};
    private static final String JAVA_NET_HTTP = "java.net.http..";
    private static final String SERVLET = "jakarta.servlet..";
    private static final String JETTY = "org.eclipse.jetty..";
    private static final String MICROMETER = "io.micrometer..";
    private static final String[] INFRASTRUCTURE_LIBRARIES = {
        "tools.jackson..", "com.fasterxml.jackson..", "org.jdbi..", "java.sql..", "javax.sql..",
        "jakarta.servlet..", "org.eclipse.jetty..", "java.net.http..", "io.micrometer.."
    };
    private static final List<String> ADAPTERS = List.of("http", "jdbc", "enrichment");

    private final String root;
    private final String domain;
    private final String codec;
    private final String patch;
    private final String serialization;
    private final String jdbc;
    private final String http;
    private final String enrichment;
    private final String server;

    private ContactKitArchitecture(String root) {
        this.root = root;
        this.domain = root + ".domain..";
        this.codec = root + ".codec..";
        this.patch = root + ".patch..";
        this.serialization = root + ".serialization..";
        this.jdbc = root + ".jdbc..";
        this.http = root + ".http..";
        this.enrichment = root + ".enrichment..";
        this.server = root + ".server..";
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
                codecDependsOnlyOnJdkAndTheCore(),
                patchDependsOnlyOnJdkTheCoreAndTheCodec(),
                modulesFormAnOnion(),
                noAdapterUsesAnotherAdapter(),
                onlyTheHttpAdapterAndTheServerUseSerialization(),
                coreDependsOnNoAdapter(),
                coreUsesNoInfrastructureLibrary(),
                onlyTheJdbcAdapterUsesJdbc(),
                onlySerializationAndEnrichmentUseJackson(),
                onlyTheEnrichmentAdapterUsesJavaNetHttp(),
                onlyTheHttpAdapterAndTheServerUseTheServletApi(),
                onlyTheServerUsesJetty(),
                onlyTheHttpAndJdbcAdaptersAndTheServerUseMicrometer(),
                publicTypesLiveInApiPackagesOnly(),
                noPackageCycles());
    }

    public ArchRule domainDependsOnlyOnJdkAndValidation() {
        return classes().that().resideInAPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, VALIDATION, domain)
                .because("the domain is plain Java that any adapter can embed")
                .allowEmptyShould(false);
    }

    public ArchRule codecDependsOnlyOnJdkAndTheCore() {
        return classes().that().resideInAPackage(codec)
                .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, domain, codec)
                .because("the codec turns carriers into documents and documents into carriers by the core's"
                        + " schema, in plain Java; bytes and tokens are the formats' business")
                .allowEmptyShould(false);
    }

    /**
     * Passes when there are no patch classes at all: a ContactKit build checks separately that every module it
     * expects has classes.
     */
    public ArchRule patchDependsOnlyOnJdkTheCoreAndTheCodec() {
        return classes().that().resideInAPackage(patch)
                .should().onlyDependOnClassesThat().resideInAnyPackage(JDK, domain, codec, patch)
                .because("patch semantics are plain Java on the core's model and the codec's trees")
                .allowEmptyShould(true);
    }

    /** core &lt;- codec &lt;- formats &lt;- adapters &lt;- server; every layer must hold classes. */
    public ArchRule modulesFormAnOnion() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("core").definedBy(domain)
                .layer("codec").definedBy(codec)
                .layer("formats").definedBy(patch, serialization)
                .layer("adapters").definedBy(http, jdbc, enrichment)
                .layer("server").definedBy(server)
                .whereLayer("server").mayNotBeAccessedByAnyLayer()
                .whereLayer("adapters").mayOnlyBeAccessedByLayers("server")
                .whereLayer("formats").mayOnlyBeAccessedByLayers("adapters", "server")
                .whereLayer("codec").mayOnlyBeAccessedByLayers("formats")
                .whereLayer("core").mayOnlyBeAccessedByLayers("codec", "formats", "adapters", "server")
                .because("dependencies point inward: the core knows no codec, the codec no format, no format an"
                        + " adapter, no adapter the server");
    }

    public ArchRule noAdapterUsesAnotherAdapter() {
        return slices().assignedFrom(adapterSlices())
                .should().notDependOnEachOther()
                .because("an adapter plugs into the core's ports; only the server assembles adapters")
                .allowEmptyShould(false);
    }

    public ArchRule onlyTheHttpAdapterAndTheServerUseSerialization() {
        return noClasses().that().resideOutsideOfPackages(serialization, http, server)
                .should().dependOnClassesThat().resideInAPackage(serialization)
                .because("the wire format is HTTP's business; the core and the other adapters never see it")
                .allowEmptyShould(false);
    }

    public ArchRule coreDependsOnNoAdapter() {
        return noClasses().that().resideInAnyPackage(domain, codec, patch)
                .should().dependOnClassesThat().resideInAnyPackage(serialization, jdbc, http, enrichment, server)
                .because("adapters depend on the core, never the reverse")
                .allowEmptyShould(false);
    }

    public ArchRule coreUsesNoInfrastructureLibrary() {
        return noClasses().that().resideInAnyPackage(domain, codec, patch)
                .should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE_LIBRARIES)
                .because("JSON, SQL, HTTP, servlets, servers and meters belong to adapters; the core is plain Java")
                .allowEmptyShould(false);
    }

    public ArchRule onlyTheJdbcAdapterUsesJdbc() {
        return onlyModulesUse(JDBC, "SQL is the storage adapter's job", jdbc);
    }

    public ArchRule onlySerializationAndEnrichmentUseJackson() {
        return onlyModulesUse(JACKSON, "Jackson reads and writes the wire format and the enrichment data",
                serialization, enrichment);
    }

    public ArchRule onlyTheEnrichmentAdapterUsesJavaNetHttp() {
        return onlyModulesUse(new String[] {JAVA_NET_HTTP}, "calling out over HTTP is the enrichment adapter's job",
                enrichment);
    }

    public ArchRule onlyTheHttpAdapterAndTheServerUseTheServletApi() {
        return onlyModulesUse(new String[] {SERVLET}, "the servlet is the HTTP adapter; the server mounts it", http,
                server);
    }

    public ArchRule onlyTheServerUsesJetty() {
        return onlyModulesUse(new String[] {JETTY}, "an embedding application brings its own container; only the"
                + " standalone server runs Jetty", server);
    }

    public ArchRule onlyTheHttpAndJdbcAdaptersAndTheServerUseMicrometer() {
        return onlyModulesUse(new String[] {MICROMETER}, "requests are timed where they are served and connections"
                + " where they are pooled, into the registry the server (or an embedding application) gives",
                http, jdbc, server);
    }

    public ArchRule publicTypesLiveInApiPackagesOnly() {
        String[] api = PUBLIC_PACKAGES.stream().map(name -> root + "." + name).toArray(String[]::new);
        return classes().that().resideInAPackage(root + "..").and().arePublic()
                .should().resideInAnyPackage(api)
                .because("a module shows what an embedder or another module needs; the rest is package-private")
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
     * ports, model, schema, service, failures; and {@code patch}), never through another adapter's internals. Fails when
     * the package has no classes, so a misspelt package cannot pass.
     */
    public ArchRule adapterUsesOnlyTheCore(String adapterPackage) {
        return adapterUsesOnly(adapterPackage, "an adapter plugs into the core's ports; other adapters' classes are"
                + " their own business", domain, patch);
    }

    /**
     * An embedder's sign-in adapter for the HTTP API (its own {@code Authenticator} or {@code AccountStore}, in the
     * given package and its subpackages) uses ContactKit only through its core and the servlet's credential ports
     * ({@code http.authentication}), never through the servlet, the formats or another adapter. Fails when the
     * package has no classes.
     */
    public ArchRule signInAdapterUsesOnlyTheCoreAndTheCredentialPorts(String adapterPackage) {
        return adapterUsesOnly(adapterPackage, "a sign-in adapter answers who sends a request; serving the request is"
                + " the servlet's business", domain, patch, root + ".http.authentication..");
    }

    private ArchRule adapterUsesOnly(String adapterPackage, String reason, String... contactKitApi) {
        String adapter = packageName(adapterPackage) + "..";
        String[] allowed = Stream.concat(Stream.of(contactKitApi), Stream.of(adapter)).toArray(String[]::new);
        return noClasses().that().resideInAPackage(adapter)
                .should().dependOnClassesThat(resideInAPackage(root + "..")
                        .and(not(resideInAnyPackage(allowed)))
                        .as("reside in ContactKit outside %s", String.join(", ", contactKitApi)))
                .because(reason)
                .allowEmptyShould(false);
    }

    private ArchRule onlyModulesUse(String[] library, String reason, String... modules) {
        return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(modules)
                .should().dependOnClassesThat().resideInAnyPackage(library)
                .because(reason)
                .allowEmptyShould(false);
    }

    /** Each adapter a slice of its own; every other class in none. */
    private SliceAssignment adapterSlices() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return ADAPTERS.stream()
                        .filter(adapter -> javaClass.getPackageName().equals(root + "." + adapter)
                                || javaClass.getPackageName().startsWith(root + "." + adapter + "."))
                        .findFirst().map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "the adapters " + ADAPTERS;
            }
        };
    }

    private static String packageName(String name) {
        if (name == null || !PACKAGE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a package name: '" + name + "' (give it without a trailing '..')");
        }
        return name;
    }
}
