package org.ras4j.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.io.PrintWriter;

/**
 * Prints JSON one document per line (JSON Lines), as {@link JsonPrinter} does otherwise: {@code null}
 * members kept, pure ASCII ({@code \\uXXXX} escapes), so that each line can be read as it comes.
 */
final class JsonLinePrinter {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private JsonLinePrinter() {
    }

    /** {@code json} on one line. */
    static String line(JsonElement json) {
        return JsonPrinter.asciiOnly(GSON.toJson(json));
    }

    /** Prints {@code json} on one line and flushes. */
    static void print(JsonElement json, PrintWriter out) {
        out.println(line(json));
        out.flush();
    }
}
