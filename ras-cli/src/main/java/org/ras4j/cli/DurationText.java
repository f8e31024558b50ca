package org.ras4j.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as a person writes it on the command line or in a scenario file: a number and a unit,
 * {@code 500ms}, {@code 1.5s}, {@code 2m}, {@code 1h}, or ISO-8601 ({@code PT10S}). Non-negative,
 * at most {@value #MAX_HOURS} hours, millisecond precision.
 */
final class DurationText {
    /** The longest duration accepted. */
    static final long MAX_HOURS = 24 * 7;

    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,12}(?:\\.\\d{1,9})?)(ms|s|m|h)");

    private DurationText() {
    }

    /**
     * The duration {@code text} says.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    static Duration parse(String text) {
        String trimmed = text.strip();
        Duration duration;
        Matcher m = SIMPLE.matcher(trimmed.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            BigDecimal millis = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(switch (m.group(2)) {
                case "ms" -> 1L;
                case "s" -> 1_000L;
                case "m" -> 60_000L;
                default -> 3_600_000L;
            }));
            if (millis.compareTo(BigDecimal.valueOf(MAX_HOURS * 3_600_000L)) > 0) {
                throw tooLong(text);
            }
            duration = Duration.ofNanos(millis.movePointRight(6).longValue());
        } else {
            try {
                duration = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException notIso) {
                throw new IllegalArgumentException("'" + text + "' is not a duration: write a number and a unit,"
                        + " e.g. 500ms, 10s, 1.5m, 2h (or ISO-8601 such as PT10S)");
            }
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is negative");
        }
        if (duration.compareTo(Duration.ofHours(MAX_HOURS)) > 0) {
            throw tooLong(text);
        }
        return duration;
    }

    private static IllegalArgumentException tooLong(String text) {
        return new IllegalArgumentException("'" + text + "' is longer than " + MAX_HOURS + "h");
    }

    /** {@code duration} the way {@link #parse} reads it back: {@code 3s}, {@code 1.5s}, {@code 250ms}. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            return millis / 1000 + "s";
        }
        return millis >= 1000 ? BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + "s" : millis + "ms";
    }
}
