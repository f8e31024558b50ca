package org.ras4j.cli;

import java.util.Map;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasError;

/**
 * A {@code RASCONNSTATUS} in a few words for {@code ras4j watch}: the state, the {@code dwError}
 * reason when there is one, the sub-state (Windows 7 and later) when it is not {@code RASCSS_None}.
 */
final class StatusText {
    private static final Map<Integer, String> SUB_STATES = Map.of(0, "None", 1, "Dormant", 2, "Reconnecting",
            0x2000, "Reconnected");

    private StatusText() {
    }

    /** E.g. {@code Disconnected, dwError 629 ERROR_REMOTE_DISCONNECTION} or {@code Connected, sub-state Reconnecting}. */
    static String of(ConnectionStatus status) {
        StringBuilder text = new StringBuilder(status.state().shortName());
        if (status.errorCode() != 0) {
            text.append(", dwError ").append(Integer.toUnsignedString(status.errorCode())).append(' ')
                    .append(RasError.nameOf(status.errorCode()));
        }
        status.subState().ifPresent(sub -> {
            if (sub != 0) {
                text.append(", sub-state ").append(SUB_STATES.getOrDefault(sub, "0x" + Integer.toHexString(sub)));
            }
        });
        return text.toString();
    }
}
