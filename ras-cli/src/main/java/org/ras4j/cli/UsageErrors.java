package org.ras4j.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Prints a command-line usage error (an unknown option, a bad value, a missing argument, no
 * command) as one line and one hint, instead of picocli's default of the message followed by the
 * whole usage text: {@code ras4j: unknown option: '--bogus'}, then
 * {@code Try 'ras4j list --help' for more information.} Exit code {@link Ras4j#USAGE}.
 */
final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine commandLine = failure.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String message = decapitalize(String.valueOf(failure.getMessage()));
        if (failure instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += "; did you mean " + String.join(" or ", unmatched.getSuggestions().stream()
                    .limit(3).map(s -> "'" + s + "'").toList()) + "?";
        }
        err.println(Escaper.oneLine("ras4j: " + message));
        err.println(hint(commandLine));
        err.flush();
        return Ras4j.USAGE;
    }

    /** {@code Try 'ras4j list --help' for more information.}, for the command that failed. */
    static String hint(CommandLine commandLine) {
        return "Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.";
    }

    /** {@code Unknown option} becomes {@code unknown option}; {@code RAS ...} stays. */
    private static String decapitalize(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }
}
