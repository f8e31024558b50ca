package org.ras4j.trace;

import org.ras4j.RasHandle;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.RasBackend;

/**
 * A {@link RecordingBackend} of a backend with {@link ConnectionNotifier}: registrations pass through and
 * are recorded (their code); signals are not.
 */
final class NotifyingRecordingBackend extends RecordingBackend implements ConnectionNotifier {
    private final ConnectionNotifier notifier;

    NotifyingRecordingBackend(RasBackend delegate, ConnectionNotifier notifier, TraceHeader header) {
        super(delegate, header);
        this.notifier = notifier;
    }

    @Override
    public NotificationEvent createEvent() {
        return notifier.createEvent();
    }

    @Override
    public int connectionNotification(RasHandle hrasconn, NotificationEvent hEvent, int dwFlags) {
        return record(CallInput.notification(hrasconn, hEvent != null, dwFlags), null, null, null,
                () -> notifier.connectionNotification(hrasconn, hEvent, dwFlags));
    }

    @Override
    public boolean hasConnectionNotification() {
        return notifier.hasConnectionNotification();
    }
}
