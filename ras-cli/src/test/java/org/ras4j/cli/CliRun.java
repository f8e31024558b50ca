package org.ras4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the real {@code ras4j} entry point ({@link Ras4j#run}) with captured output.
 *
 * @param code the exit code
 * @param out  what it printed on standard output, with {@code \n} line breaks
 * @param err  what it printed on standard error, with {@code \n} line breaks
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code ras4j} with {@code args}. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
            code = Ras4j.run(args, outWriter, errWriter);
        }
        return new CliRun(code, unix(out.toString()), unix(err.toString()));
    }

    private static String unix(String text) {
        return text.replace(System.lineSeparator(), "\n");
    }
}
