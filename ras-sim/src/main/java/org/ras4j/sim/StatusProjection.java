package org.ras4j.sim;

import java.nio.charset.Charset;
import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusField;
import org.ras4j.codec.RasConnStatusLayout;

/**
 * A status as an older or narrower {@code RASCONNSTATUS} can carry it: text cut to its field, as
 * Windows copies at most the field's characters (the Windows NT 3.51 layout has room for 32
 * characters of device name, an {@code A} field for as many bytes of the ANSI code page).
 * Members the layout lacks are left to the codec, which skips them.
 */
final class StatusProjection {
    private StatusProjection() {
    }

    static ConnectionStatus project(ConnectionStatus s, RasConnStatusLayout layout, Charset ansi) {
        return new ConnectionStatus(s.state(), s.errorCode(),
                fit(s.deviceType(), layout, RasConnStatusField.DEVICE_TYPE, ansi),
                fit(s.deviceName(), layout, RasConnStatusField.DEVICE_NAME, ansi),
                layout.has(RasConnStatusField.PHONE_NUMBER)
                        ? s.phoneNumber().map(p -> fit(p, layout, RasConnStatusField.PHONE_NUMBER, ansi))
                        : Optional.empty(),
                s.localEndPoint(), s.remoteEndPoint(), s.subState());
    }

    /** The longest prefix of {@code text} that fits the field with its NUL, cut between code points. */
    static String fit(String text, RasConnStatusLayout layout, RasConnStatusField field, Charset ansi) {
        int units = layout.length(field) / layout.charset().charSize() - 1;
        int end = text.length();
        while (end > 0 && length(text.substring(0, end), layout.charset(), ansi) > units) {
            end = text.offsetByCodePoints(end, -1);
        }
        return text.substring(0, end);
    }

    private static int length(String text, RasCharset charset, Charset ansi) {
        return charset == RasCharset.W ? text.length() : text.getBytes(ansi).length;
    }
}
