package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EscaperTest {

    @Test
    @DisplayName("plain and non-ASCII text is returned unchanged")
    void plainTextIsUnchanged() {
        String text = "Büro-VPN .5550123 東京";
        assertSame(text, Escaper.escape(text));
    }

    @Test
    @DisplayName("line breaks, tabs and backslashes become backslash escapes")
    void lineBreaksTabsAndBackslashesAreEscaped() {
        assertEquals("a\\nb\\rc\\td\\\\e", Escaper.escape("a\nb\rc\td\\e"));
    }

    @Test
    @DisplayName("other C0 and C1 controls and DEL become \\xHH")
    void otherControlsBecomeHexEscapes() {
        assertEquals("\\x1b[2J\\x00\\x7f\\x9b", Escaper.escape("\u001b[2J\u0000\u007f\u009b"));
    }

    @Test
    @DisplayName("bidirectional overrides, line separators and lone surrogates become \\uHHHH")
    void invisibleLayoutCharactersAreEscaped() {
        assertEquals("x\\u202ey\\u2028z\\ud800", Escaper.escape("x\u202ey\u2028z\ud800"));
    }

    @Test
    @DisplayName("a surrogate pair stays as it is and counts as one column")
    void surrogatePairsStay() {
        String text = "VPN \ud83d\ude80";
        assertSame(text, Escaper.escape(text));
        assertEquals(5, Escaper.width(text));
    }
}
