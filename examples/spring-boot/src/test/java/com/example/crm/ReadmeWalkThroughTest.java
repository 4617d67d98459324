package com.example.crm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding" section walks through this application's code: each of its code excerpts is in one of
 * the application's files as it is there (indentation aside), so the walk-through shows what the tests run.
 */
class ReadmeWalkThroughTest {

    private static final Pattern EXCERPT = Pattern.compile("```(java|properties|xml)\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyExcerptOfTheEmbeddingSectionIsTheApplicationsCode() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("readme.file", "../../README.md")));
        int start = readme.indexOf("\n## Embedding\n");
        assertTrue(start >= 0, "README has no Embedding section");
        int end = readme.indexOf("\n## ", start + 1);
        Matcher excerpts = EXCERPT.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        List<List<String>> files = applicationFiles();

        int count = 0;
        while (excerpts.find()) {
            List<String> excerpt = lines(excerpts.group(2));
            assertTrue(files.stream().anyMatch(file -> Collections.indexOfSubList(file, excerpt) >= 0),
                    () -> "not in any of the application's files as it is:\n" + String.join("\n", excerpt));
            count++;
        }
        assertFalse(count == 0, "the Embedding section shows no code");
    }

    private static List<List<String>> applicationFiles() throws IOException {
        List<List<String>> files = new ArrayList<>();
        files.add(lines(Files.readString(Path.of("pom.xml"))));
        try (Stream<Path> sources = Files.walk(Path.of("src"))) {
            sources.filter(Files::isRegularFile).forEach(file -> files.add(lines(read(file))));
        }
        return files;
    }

    /** The text's lines without their indentation, blank lines left out. */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
