package org.ras4j.cli;

/**
 * A scenario file that does not say what the simulator can do: bad JSON, an unknown member, a
 * wrong type, or a connection Windows could not have. The message names the place.
 */
final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ScenarioException(String message) {
        super(message);
    }

    ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
