package org.ras4j.cli;

/**
 * What the user asked for cannot be done as asked: a scenario file that does not parse, an unknown
 * simulator profile, a backend that does not exist or does not work on this machine. Exit code
 * {@link Ras4j#USAGE}.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
