package org.ras4j.cli;

import java.io.PrintWriter;
import org.ras4j.RasException;
import org.ras4j.trace.UnrecordedCallException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failure while a command runs into a one-line message ({@link Escaper#oneLine}: no
 * control character of the input can break it) and the documented exit code: a
 * {@link RasException} (the Win32 error a RAS function returned, with code and name) gives
 * {@link Ras4j#RAS_ERROR}; a {@link UsageException} gives {@link Ras4j#USAGE}, with a hint line; a call a
 * replayed trace has no answer for ({@link UnrecordedCallException}) gives {@link Ras4j#USAGE}: the trace
 * does not cover what was asked.
 * Anything else is a defect of ras4j and is printed with its stack trace.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception failure, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (failure instanceof RasException ras) {
            err.println(Escaper.oneLine("ras4j: " + ras.getMessage()));
            return Ras4j.RAS_ERROR;
        }
        if (failure instanceof NotFoundException notFound) {
            err.println(Escaper.oneLine("ras4j: " + notFound.getMessage()));
            return Ras4j.RAS_ERROR;
        }
        if (failure instanceof UnrecordedCallException unrecorded) {
            err.println(Escaper.oneLine("ras4j: replay: " + unrecorded.getMessage()));
            return Ras4j.USAGE;
        }
        if (failure instanceof UsageException usage) {
            err.println(Escaper.oneLine("ras4j: " + usage.getMessage()));
            err.println(UsageErrors.hint(commandLine));
            return Ras4j.USAGE;
        }
        err.println("ras4j: unexpected failure, please report it:");
        failure.printStackTrace(err);
        return Ras4j.RAS_ERROR;
    }
}
