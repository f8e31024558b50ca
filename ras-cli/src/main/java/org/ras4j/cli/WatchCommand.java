package org.ras4j.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ras4j.watch.NotificationStatus;
import org.ras4j.watch.RasWatch;
import org.ras4j.watch.WatchEvent;
import org.ras4j.watch.WatchOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ras4j watch}: one line per change of the RAS connections ({@link RasWatch}: notified by
 * {@code RasConnectionNotification} where the backend has it, and polled), until Ctrl-C or until
 * {@code --for} has elapsed; then exit code 0. Over the simulator the scenario's {@code timeline}
 * plays meanwhile: the built-in demo connects, changes state and drops within ten seconds.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Prints one line per change of the RAS connections (appeared, connected, state-changed,"
            + " dropped, disappeared), first the connections there are; until Ctrl-C or --for has elapsed."
            + " Notified by RasConnectionNotification where the backend has it, and polled.")
final class WatchCommand implements Callable<Integer> {
    @Mixin
    private BackendOptions backendOptions;

    @Option(names = "--json", description = "Print one JSON object per line (JSON Lines): event, time, handle,"
        + " entryName, status, oldStatus, detail.")
    private boolean json;

    @Option(names = "--for", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "Stop after this long, e.g. 10s, 1.5m, 2h. Default: until Ctrl-C.")
    private Duration duration;

    @Option(names = "--poll", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "Time between two polls (beside notifications). Default: "
                + WatchOptions.DEFAULT_POLL_SECONDS + "s.")
    private Duration poll;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (poll != null && poll.toMillis() < 1) {
            throw new UsageException("--poll must be at least 1ms");
        }
        Session session = backendOptions.open();
        session.printNotices(err);
        WatchOptions.Builder options = WatchOptions.builder();
        if (poll != null) {
            options.pollInterval(poll);
        }
        CountDownLatch stop = new CountDownLatch(1);
        Object printing = new Object();
        try (CtrlC ctrlC = CtrlC.onInterrupt(stop::countDown);
             RasWatch watch = session.client().watch(options.build())) {
            if (!json) {
                session.label().ifPresent(out::println);
                out.println(mode(watch));
                out.println(EventText.header());
                out.flush();
            }
            watch.listen(event -> print(event, out, printing));
            Optional<TimelinePlayer> timeline = session.simulator().map(s -> TimelinePlayer.start(s, err));
            try {
                if (duration == null) {
                    stop.await();
                } else {
                    stop.await(duration.toNanos(), TimeUnit.NANOSECONDS);
                }
            } finally {
                timeline.ifPresent(TimelinePlayer::close);
            }
        }
        out.flush();
        return Ras4j.OK;
    }

    private void print(WatchEvent event, PrintWriter out, Object printing) {
        synchronized (printing) {
            if (json) {
                EventJson.of(event).forEach(line -> JsonLinePrinter.print(line, out));
            } else {
                EventText.lines(event).forEach(out::println);
                out.flush();
            }
        }
    }

    /** One line that says how the watch learns of changes. */
    static String mode(RasWatch watch) {
        NotificationStatus n = watch.notifications();
        String polling = "polling every " + DurationText.format(watch.pollInterval());
        String how;
        if (!n.available()) {
            how = "Watching by " + polling + " (no RasConnectionNotification here)";
        } else if (n.armed()) {
            how = "Watching: notified by RasConnectionNotification, and " + polling;
        } else {
            how = "Watching by " + polling + " (RasConnectionNotification answered " + n.lastCode() + " "
                    + org.ras4j.RasError.nameOf(n.lastCode()) + "; retried at each poll)";
        }
        return how + "; Ctrl-C to stop.";
    }

}
