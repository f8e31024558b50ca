package org.ras4j.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C for a command that runs until interrupted ({@code ras4j watch}): a handler of {@code SIGINT}
 * (on Windows, the console's Ctrl-C) that lets the command finish normally, close what it opened and
 * exit with its own code, instead of the JVM's abrupt exit (130). Where the JVM does not let a
 * program handle {@code SIGINT} ({@code -Xrs}), a shutdown hook does the same work, and the exit
 * code is the JVM's.
 */
final class CtrlC implements AutoCloseable {
    private final Runnable uninstall;

    private CtrlC(Runnable uninstall) {
        this.uninstall = uninstall;
    }

    /** Runs {@code action} (once, on another thread) when Ctrl-C is pressed, until {@link #close()}. */
    static CtrlC onInterrupt(Runnable action) {
        try {
            Signal interrupt = new Signal("INT");
            SignalHandler previous = Signal.handle(interrupt, signal -> action.run());
            return new CtrlC(() -> Signal.handle(interrupt, previous));
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException unavailable) {
            Thread hook = new Thread(action, "ras4j-ctrl-c");
            Runtime.getRuntime().addShutdownHook(hook);
            return new CtrlC(() -> {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: nothing to undo
                }
            });
        }
    }

    /** Restores what Ctrl-C did before. */
    @Override
    public void close() {
        uninstall.run();
    }
}
