package org.ras4j.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.io.PrintWriter;

/**
 * Prints JSON for machines: indented, {@code null} members kept, and pure ASCII. Every character
 * outside printable ASCII is written as a {@code \\uXXXX} escape, which is valid because JSON puts
 * such characters only inside strings; the output then survives any console code page (an entry
 * name like {@code Büro-VPN} reads back exactly, even where the terminal is not UTF-8).
 */
final class JsonPrinter {
    private static final Gson GSON = new GsonBuilder()
            .serializeNulls()
            .disableHtmlEscaping()
            .setPrettyPrinting()
            .create();

    private JsonPrinter() {
    }

    /** Prints {@code json} and a line break. */
    static void print(JsonElement json, PrintWriter out) {
        out.println(asciiOnly(GSON.toJson(json)));
    }

    static String asciiOnly(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
