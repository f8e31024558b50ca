package org.ras4j.watch;

/**
 * How a {@link RasWatch} is notified of changes, for a user to see (as {@code ras4j watch} shows it).
 *
 * @param available     whether the backend has {@code RasConnectionNotification} and the options use it
 * @param armed         whether the last registration succeeded, so that a change signals the watch
 * @param lastCode      the Win32 code of the last registration (0 = {@code ERROR_SUCCESS});
 *                      {@code ERROR_CALL_NOT_IMPLEMENTED} (120) when not {@code available}
 * @param registrations how many times the watch registered: once at the start, again after every
 *                      signal (re-arming), and at each poll while not armed
 * @param signals       how many signals the watch has received
 */
public record NotificationStatus(boolean available, boolean armed, int lastCode, long registrations, long signals) {
}
