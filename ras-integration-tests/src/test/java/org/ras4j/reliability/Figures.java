package org.ras4j.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures one reliability check measured, written as a Markdown section to the folder named by
 * the {@code ras4j.reliability.figures} system property, from which {@code scripts/reliability.sh}
 * assembles {@code RELIABILITY.md}.
 */
public final class Figures {
    private final String title;
    private final Map<String, String> rows = new LinkedHashMap<>();

    private Figures(String title) {
        this.title = title;
    }

    public static Figures titled(String title) {
        return new Figures(title);
    }

    public Figures put(String name, Object value) {
        rows.put(name, String.valueOf(value));
        return this;
    }

    /** Writes the section as {@code <fileName>.md}; does nothing when no folder is configured. */
    public void write(String fileName) {
        String folder = System.getProperty("ras4j.reliability.figures");
        if (folder == null || folder.isBlank()) {
            return;
        }
        StringBuilder md = new StringBuilder("## ").append(title).append("\n\n| figure | value |\n|---|---|\n");
        rows.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            Files.writeString(dir.resolve(fileName + ".md"), md.append('\n').toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int intProperty(String name, int fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
