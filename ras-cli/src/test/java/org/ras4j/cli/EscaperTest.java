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
    @DisplayName("a surrogate pair stays as it is and counts as the columns of its one code point")
    void surrogatePairsStay() {
        String rocket = "VPN \ud83d\ude80";        // U+1F680, an emoji: East Asian wide
        String clef = "VPN \ud834\udd1e";          // U+1D11E, a musical symbol: narrow
        assertSame(rocket, Escaper.escape(rocket));
        assertEquals(6, Escaper.width(rocket));
        assertEquals(5, Escaper.width(clef));
    }

    @Test
    @DisplayName("East Asian wide and fullwidth characters take two columns, combining marks and joiners none")
    void widthIsDisplayWidth() {
        assertEquals(4, Escaper.width("東京"));
        assertEquals(10, Escaper.width("서울-VPN12"), "Hangul syllables are wide");
        assertEquals(6, Escaper.width("ｖｐｎ"), "fullwidth Latin");
        assertEquals(4, Escaper.width("カタカナ".substring(0, 2)));
        assertEquals(4, Escaper.width("Cafe\u0301"), "e + COMBINING ACUTE ACCENT is one column");
        assertEquals(3, Escaper.width("a\u20dd\u200db\ufe0fc"), "enclosing mark, ZWJ, variation selector: none");
        assertEquals(2, Escaper.width("\u1100\u1161"), "a leading jamo is wide, a medial vowel joins it");
        assertEquals(1, Escaper.width("\u00ad"), "a soft hyphen shows");
    }

    @Test
    @DisplayName("oneLine escapes what could break a line but keeps backslashes, and cuts a long message")
    void oneLineKeepsAMessageOnOneLine() {
        assertEquals("ras4j: scenario C:\\x\\a\\nb.json: \\u202e\\x1b[2J", Escaper.oneLine(
                "ras4j: scenario C:\\x\\a\nb.json: \u202e\u001b[2J"));
        String longMessage = "x".repeat(5000);
        String cut = Escaper.oneLine(longMessage);
        assertEquals("x".repeat(Escaper.LINE_LENGTH) + "... (cut at " + Escaper.LINE_LENGTH + " characters)", cut);
        assertEquals("abc", Escaper.oneLine("abc"));
    }

    @Test
    @DisplayName("a snippet of an input value is escaped and cut to 64 code points")
    void snippetIsShort() {
        assertEquals("a\\\\n\\n", Escaper.snippet("a\\n\n"));
        assertEquals("y".repeat(Escaper.SNIPPET_LENGTH) + "...", Escaper.snippet("y".repeat(1_000_000)));
    }
}
