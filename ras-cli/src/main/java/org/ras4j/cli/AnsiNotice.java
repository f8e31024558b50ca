package org.ras4j.cli;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The notice {@code --charset A} over a real backend gives when it is not evident which code page
 * decodes the {@code A} functions' text, so that an ANSI listing is never silently mojibake.
 *
 * <p>rasapi32 writes {@code CHAR} text in the system's ANSI code page ({@code GetACP}), which Java
 * reports as {@code native.encoding} and {@code AnsiCodePage.platform()} uses. On Windows that is
 * what a user expects unless the default charset differs (Java 18 and later default to UTF-8,
 * and so does a {@code -Dfile.encoding}); off Windows a library named by
 * {@code -Dras4j.rasapi32.library} has no Windows code page of its own, so the one used is always
 * stated. {@code --ansi-codepage} names another and silences the notice.
 */
final class AnsiNotice {
    private AnsiNotice() {
    }

    /**
     * The notice, if one is due.
     *
     * @param decoding       the charset the client decodes {@code A} text with
     * @param defaultCharset the JVM's default charset
     * @param os             the operating system's name ({@code os.name})
     */
    static Optional<String> of(Charset decoding, Charset defaultCharset, String os) {
        boolean windows = os.startsWith("Windows");
        if (windows && decoding.equals(defaultCharset)) {
            return Optional.empty();
        }
        String source = windows ? "Windows' ANSI code page" : "native.encoding of " + os;
        return Optional.of("ras4j: note: decoding the text of the A functions as " + decoding.name() + " (" + source
                + (decoding.equals(defaultCharset) ? "" : "; the default charset is " + defaultCharset.name())
                + "); --ansi-codepage <charset> names another");
    }
}
