package org.ras4j.tck;

import java.nio.charset.Charset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusField;
import org.ras4j.codec.RasConnStatusLayout;

/**
 * What a backend must report for a connection or a status in a given structure version and
 * charset: members the version lacks are empty, text is cut to its field, and {@code A} text goes
 * through the ANSI code page (a character with no form there becomes the code page's default
 * character, as {@code WideCharToMultiByte} makes it). For {@code RASCONN} this is the codec's
 * {@link RasConnCodec#project}.
 */
final class Projection {
    private final RasConnCodec codec;
    private final Charset ansi;

    Projection(RasConnCodec codec, Charset ansi) {
        this.codec = codec;
        this.ansi = ansi;
    }

    /** {@code connection} as a {@code RASCONN} of {@code layout} reports it. */
    RasConnection connection(RasConnection connection, RasConnLayout layout) {
        return codec.project(connection, layout);
    }

    /** Every connection of {@code connections} as {@code layout} reports it, ordered by handle. */
    List<RasConnection> connections(List<RasConnection> connections, RasConnLayout layout) {
        return byHandle(connections.stream().map(c -> connection(c, layout)).toList());
    }

    /** {@code status} (in its newest form) as a {@code RASCONNSTATUS} of {@code layout} reports it. */
    ConnectionStatus status(ConnectionStatus status, RasConnStatusLayout layout) {
        return new ConnectionStatus(status.state(), status.errorCode(),
                fit(status.deviceType(), layout, RasConnStatusField.DEVICE_TYPE),
                fit(status.deviceName(), layout, RasConnStatusField.DEVICE_NAME),
                layout.has(RasConnStatusField.PHONE_NUMBER)
                        ? Optional.of(fit(status.phoneNumber().orElse(""), layout, RasConnStatusField.PHONE_NUMBER))
                        : Optional.empty(),
                layout.has(RasConnStatusField.LOCAL_END_POINT) ? status.localEndPoint() : Optional.empty(),
                layout.has(RasConnStatusField.REMOTE_END_POINT) ? status.remoteEndPoint() : Optional.empty(),
                layout.has(RasConnStatusField.CONN_SUB_STATE)
                        ? OptionalInt.of(status.subState().orElse(0)) : OptionalInt.empty());
    }

    /** The connections ordered by handle, the order-free way to compare two listings. */
    static List<RasConnection> byHandle(List<RasConnection> connections) {
        return connections.stream().sorted(Comparator.comparingLong(c -> c.handle().bits())).toList();
    }

    private String fit(String text, RasConnStatusLayout layout, RasConnStatusField field) {
        int units = layout.length(field) / layout.charset().charSize() - 1;
        if (layout.charset() == RasCharset.W) {
            if (text.length() <= units) {
                return text;
            }
            int end = Character.isHighSurrogate(text.charAt(units - 1)) ? units - 1 : units;
            return text.substring(0, end);
        }
        String converted = ansi(text);
        int end = converted.length();
        while (converted.substring(0, end).getBytes(ansi).length > units) {
            end = converted.offsetByCodePoints(end, -1);
        }
        return converted.substring(0, end);
    }

    private String ansi(String text) {
        return new String(text.getBytes(ansi), ansi);
    }
}
