package com.example.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What embedding ContactKit brought into the application: its runtime class path (as Maven resolves it for the
 * packaged application, without test libraries) holds the container, database and storage library the application
 * chose, Tomcat, PostgreSQL and ContactKit's JDBC adapter with Jdbi, and nothing of the standalone server's.
 */
class RuntimeClassPathTest {

    /** Each class path entry, by path, with the class files it holds. */
    private static Map<String, List<String>> classesByEntry;

    @BeforeAll
    static void readClassPath() throws IOException {
        Path listing = Path.of(System.getProperty("runtime.class.path.file", "target/runtime-class-path.txt"));
        String[] entries = Files.readString(listing).strip().split(java.io.File.pathSeparator);
        classesByEntry = Arrays.stream(entries).map(Path::of)
                .collect(Collectors.toMap(Path::toString, RuntimeClassPathTest::classesIn));
    }

    @Test
    void holdsNoJetty() {
        assertEquals(List.of(), entriesWithClassesIn("org/eclipse/jetty/"));
    }

    @Test
    void holdsNoH2ForTheApplicationChosePostgreSql() {
        assertEquals(List.of(), entriesWithClassesIn("org/h2/"));
        assertFalse(entriesWithClassesIn("org/postgresql/").isEmpty());
    }

    @Test
    void holdsJdbiForTheApplicationChoseTheJdbcAdapter() {
        assertFalse(entriesWithClassesIn("org/jdbi/").isEmpty());
        assertFalse(entriesWithClassesIn("io/contactkit/jdbc/").isEmpty());
    }

    @Test
    void holdsTheApplicationsTomcatAndTheContactApiServlet() {
        assertFalse(entriesWithClassesIn("org/apache/catalina/").isEmpty());
        assertTrue(classesByEntry.values().stream().anyMatch(classes ->
                classes.contains("io/contactkit/http/ContactApiServlet.class")));
    }

    @Test
    void holdsNoneOfContactKitsServerNorItsTestLibraries() {
        assertEquals(List.of(), entriesWithClassesIn("io/contactkit/server/"));
        assertEquals(List.of(), entriesWithClassesIn("io/zonky/"));
        assertEquals(List.of(), entriesWithClassesIn("org/junit/"));
    }

    private static List<String> entriesWithClassesIn(String packagePath) {
        Predicate<List<String>> holdsOne = classes -> classes.stream().anyMatch(name -> name.startsWith(packagePath));
        return classesByEntry.entrySet().stream().filter(entry -> holdsOne.test(entry.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** A jar's class files, or a directory's (a module of the build not yet packaged). */
    private static List<String> classesIn(Path entry) {
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    return files.filter(file -> file.toString().endsWith(".class"))
                            .map(file -> entry.relativize(file).toString().replace('\\', '/')).toList();
                }
            }
            try (ZipFile jar = new ZipFile(entry.toFile())) {
                return jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read class path entry " + entry, e);
        }
    }
}
