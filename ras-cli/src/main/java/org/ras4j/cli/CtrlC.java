package org.ras4j.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for a command that runs until interrupted ({@code ras4j watch}), with the JDK's own means:
 * a shutdown hook, which the JVM runs on {@code SIGINT} (on Windows, the console's Ctrl-C). The hook
 * tells the command to stop, waits for it to finish and close what it opened, then ends the JVM
 * with exit code 0 instead of the 130 of an interrupted JVM: Ctrl-C is how the command is meant to
 * end.
 */
final class CtrlC implements AutoCloseable {
    /** How long the hook waits for the command to close its watch before ending the JVM anyway. */
    private static final long GRACE_SECONDS = 5;

    private final Thread hook;
    private final CountDownLatch finished = new CountDownLatch(1);

    private CtrlC(Runnable action) {
        this.hook = new Thread(() -> {
            action.run();
            try {
                finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(Ras4j.OK);
        }, "ras4j-ctrl-c");
    }

    /** Runs {@code action} (once, on another thread) when Ctrl-C is pressed, until {@link #close()}. */
    static CtrlC onInterrupt(Runnable action) {
        CtrlC ctrlC = new CtrlC(action);
        Runtime.getRuntime().addShutdownHook(ctrlC.hook);
        return ctrlC;
    }

    /** The command has finished: a hook already running may end the JVM; otherwise Ctrl-C is as before. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and will end the JVM now that the command has finished
        }
    }
}
