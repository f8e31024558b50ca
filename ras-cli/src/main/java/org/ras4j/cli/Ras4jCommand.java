package org.ras4j.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code ras4j} command: it only holds the subcommands, help and version. */
@Command(name = "ras4j",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {ListCommand.class, StatusCommand.class, WatchCommand.class, CaptureCommand.class,
            CheckCommand.class},
        description = "Lists and watches Windows RAS (dial-up and VPN) connections through RasEnumConnections,"
            + " RasGetConnectStatus and RasConnectionNotification: natively on Windows, or from the ras4j"
            + " simulator anywhere; captures a machine's answers into a trace, checks and replays it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:a RAS call failed (the message gives the Win32 code and its name),"
                + " no connection matched, or 'check' found differences",
            "2:bad usage: arguments, scenario or trace file, a call the replayed trace has no answer for,"
                + " or a backend not available here"},
        footer = {"", "On Windows the default backend is the native one; elsewhere ras4j says so and shows"
            + " the simulator's built-in demo scenario. See 'ras4j list --help' for the options."})
final class Ras4jCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    /** {@code ras4j} without a subcommand is bad usage. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: list, status, watch, capture or check");
    }
}
