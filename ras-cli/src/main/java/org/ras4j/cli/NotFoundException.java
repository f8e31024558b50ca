package org.ras4j.cli;

/**
 * No connection has the entry name {@code ras4j status} was given: {@code RasEnumConnections}
 * does not list it. Exit code {@link Ras4j#RAS_ERROR}, as for a handle that is not live.
 */
final class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFoundException(String message) {
        super(message);
    }
}
