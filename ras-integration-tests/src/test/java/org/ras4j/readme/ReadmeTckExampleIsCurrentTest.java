package org.ras4j.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** README's TCK example is the code {@link ReadmeTckExampleTest} runs, line for line. */
class ReadmeTckExampleIsCurrentTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    @Test
    @DisplayName("every override line of README's RasBackendContract example stands in ReadmeTckExampleTest")
    void readmeExampleIsTheTestedCode() throws IOException {
        List<String> readme = Files.readAllLines(MODULE.resolve("../README.md"));
        int start = readme.indexOf("class MyBackendTest extends RasBackendContract {");
        assertTrue(start > 0, "README shows a class extending RasBackendContract");
        List<String> overrides = readme.subList(start + 1, readme.size()).stream()
                .takeWhile(line -> !line.equals("}")).toList();
        assertEquals(2, overrides.size(), "backend() and profile(): " + overrides);
        String tested = Files.readString(MODULE.resolve(
                "src/test/java/org/ras4j/readme/ReadmeTckExampleTest.java"));
        for (String line : overrides) {
            assertTrue(tested.contains(line + "\n"), "ReadmeTckExampleTest holds README's line: " + line);
        }
    }
}
