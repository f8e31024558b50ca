package org.ras4j.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every reference to the contract resolves inside the repository: the rule ids ({@code C-ENUM-05})
 * and sections ({@code docs/contract.md §2}) that code and documents cite exist in
 * {@code docs/contract.md}, relative Markdown links point at files that exist, and nothing cites a
 * document outside the repository.
 */
class ContractReferencesTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();
    private static final Path CONTRACT = ROOT.resolve("docs/contract.md");
    private static final Pattern RULE_ID = Pattern.compile("\\bC-(STRUCT|ENUM|STATS|STAT|ERR|CLIENT|PROJ|NOTIFY)-\\d{2}\\b");
    private static final Pattern RULE_HEADING = Pattern.compile("^\\*\\*(C-[A-Z]+-\\d{2}) —", Pattern.MULTILINE);
    private static final Pattern SECTION_CITE = Pattern.compile("docs/contract\\.md,? §(\\d+)");
    private static final Pattern SECTION_HEADING = Pattern.compile("^## (\\d+)\\. ", Pattern.MULTILINE);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)#:\\s]+)(#[^)]*)?\\)");

    /** The project's own source and documentation files: Java, Markdown, POMs and scripts, outside build output. */
    private static List<Path> projectFiles() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> ROOT.relativize(p).toString().matches("[^.].*"))
                    .filter(p -> !ROOT.relativize(p).toString().matches("(.*/)?(target|node_modules)/.*"))
                    .filter(p -> p.toString().matches(".*\\.(java|md|xml|sh)$"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(m.groupCount() >= 1 && pattern != RULE_ID ? 1 : 0));
        }
        return found;
    }

    @Test
    @DisplayName("the contract is in the repository and defines each rule id once")
    void contractDefinesItsRules() {
        assertTrue(Files.isRegularFile(CONTRACT), CONTRACT + " exists");
        String contract = read(CONTRACT);
        List<String> headings = new ArrayList<>();
        Matcher m = RULE_HEADING.matcher(contract);
        while (m.find()) {
            headings.add(m.group(1));
        }
        assertTrue(headings.size() >= 30, "rule headings: " + headings);
        assertEquals(new TreeSet<>(headings).size(), headings.size(), "each rule id is defined once");
    }

    @Test
    @DisplayName("every rule id and section that a file cites exists in docs/contract.md")
    void citedRulesAndSectionsExist() {
        String contract = read(CONTRACT);
        Set<String> rules = all(RULE_HEADING, contract);
        Set<String> sections = all(SECTION_HEADING, contract);
        List<String> broken = new ArrayList<>();
        for (Path file : projectFiles()) {
            String text = read(file);
            for (String id : all(RULE_ID, text)) {
                if (!rules.contains(id)) {
                    broken.add(ROOT.relativize(file) + " cites " + id);
                }
            }
            for (String section : all(SECTION_CITE, text)) {
                if (!sections.contains(section)) {
                    broken.add(ROOT.relativize(file) + " cites §" + section);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    @DisplayName("no file cites a document outside the repository")
    void nothingCitesOutsideTheRepository() {
        List<String> outside = new ArrayList<>();
        for (Path file : projectFiles()) {
            String text = read(file);
            if (text.contains("RAS-" + "CONTRACT.md") || text.contains("../shared") || text.contains("shared/reference")) {
                outside.add(ROOT.relativize(file).toString());
            }
        }
        assertEquals(List.of(), outside.stream().filter(f -> !f.endsWith("ContractReferencesTest.java")).toList());
    }

    @Test
    @DisplayName("every relative Markdown link points at a file or folder of the repository")
    void markdownLinksResolve() {
        List<String> broken = new ArrayList<>();
        for (Path file : projectFiles()) {
            if (!file.toString().endsWith(".md")) {
                continue;
            }
            for (String target : all(MARKDOWN_LINK, read(file))) {
                if (!Files.exists(file.getParent().resolve(target))) {
                    broken.add(ROOT.relativize(file) + " -> " + target);
                }
            }
        }
        assertEquals(List.of(), broken);
    }
}
