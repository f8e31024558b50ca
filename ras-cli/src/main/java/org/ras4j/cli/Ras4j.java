package org.ras4j.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The {@code ras4j} command: {@code ras4j list} and {@code ras4j status} over the native backend on
 * Windows or the simulator anywhere.
 *
 * <p>Exit codes: {@value #OK} on success, {@value #RAS_ERROR} when a RAS call fails (the message
 * carries the Win32 code and its name, as {@code RasEnumConnections} returned it),
 * {@value #USAGE} on bad usage (an unknown option, a bad scenario file, a backend that does not
 * exist here).
 */
public final class Ras4j {
    /** Success. */
    public static final int OK = 0;
    /** A RAS call failed, or nothing matched what was asked for. */
    public static final int RAS_ERROR = 1;
    /** Bad usage: the arguments, the scenario file or the backend choice. */
    public static final int USAGE = 2;

    private Ras4j() {
    }

    /**
     * Runs the command with the console's output and exits with its code.
     *
     * @param args the command line, e.g. {@code list --json}
     */
    public static void main(String[] args) {
        Charset console = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), console), true);
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs {@code ras4j} with these arguments, printing results to {@code out} and diagnostics to
     * {@code err}, and returns the exit code instead of exiting. Every usage error and every RAS
     * error is one line on {@code err} (a usage error then one hint line), never a stack trace,
     * and nothing on {@code out}.
     *
     * @param args the command line, e.g. {@code list --json}
     * @param out  where results go
     * @param err  where diagnostics go
     * @return the exit code: {@link #OK}, {@link #RAS_ERROR} or {@link #USAGE}
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Objects.requireNonNull(args, "args");
        CommandLine commandLine = new CommandLine(new Ras4jCommand())
                .setOut(Objects.requireNonNull(out, "out"))
                .setErr(Objects.requireNonNull(err, "err"))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new FailureHandler());
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError exhausted) {
            err.println("ras4j: out of memory: the Java heap holds at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB; give java more, e.g. RAS4J_JAVA_OPTS=-Xmx2g");
            code = USAGE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The charset the console expects: JDK 17 reports the Windows console code page in
     * {@code sun.stdout.encoding}; elsewhere (and when redirected) it is the default charset.
     */
    private static Charset consoleCharset() {
        String name = System.getProperty("sun.stdout.encoding");
        if (name != null && Charset.isSupported(name)) {
            return Charset.forName(name);
        }
        return Charset.defaultCharset();
    }
}
