/**
 * The ras4j command line: {@code ras4j list}, {@code ras4j status} and {@code ras4j watch} over the
 * native backend on Windows, the simulator anywhere or a recorded trace, and {@code ras4j capture} and
 * {@code ras4j check} of traces ({@code org.ras4j.cli.Ras4j} is the entry point).
 */
module org.ras4j.cli {
    requires org.ras4j.api;
    requires org.ras4j.sim;
    requires org.ras4j.trace;
    requires info.picocli;
    requires com.google.gson;
    // sun.misc.Signal: Ctrl-C ends "ras4j watch" normally, with exit code 0.

    exports org.ras4j.cli;
    // picocli reads the @Command/@Option annotations and sets the annotated fields.
    opens org.ras4j.cli to info.picocli;
}
