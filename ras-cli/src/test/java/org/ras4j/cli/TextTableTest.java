package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextTableTest {

    private static String print(TextTable table) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            table.print(out);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    @DisplayName("columns are aligned on the widest cell, two spaces apart, without trailing blanks")
    void columnsAreAligned() {
        TextTable table = TextTable.withHeaders("ENTRY", "STATE", "SUB")
                .addRow("Büro-VPN", "Connected", "-")
                .addRow("a", "Dialing", "12");
        assertEquals("""
                ENTRY     STATE      SUB
                Büro-VPN  Connected  -
                a         Dialing    12
                """, print(table));
    }

    @Test
    @DisplayName("a control character in a cell is escaped and the escape is what gets aligned")
    void controlCharactersAreEscapedBeforeMeasuring() {
        TextTable table = TextTable.withHeaders("ENTRY", "X")
                .addRow("a\nb", "1")
                .addRow("abcd", "2");
        assertEquals("""
                ENTRY  X
                a\\nb   1
                abcd   2
                """, print(table));
    }

    @Test
    @DisplayName("a row with the wrong number of cells is refused")
    void wrongCellCountIsRefused() {
        TextTable table = TextTable.withHeaders("A", "B");
        assertThrows(IllegalArgumentException.class, () -> table.addRow("only one"));
    }

    @Test
    @DisplayName("wide characters count two columns and combining marks none, so the next column lines up")
    void displayWidthAligns() {
        TextTable table = TextTable.withHeaders("ENTRY", "X")
                .addRow("東京", "1")
                .addRow("e\u0301\u0301", "2")
                .addRow("abcde", "3");
        assertEquals("""
                ENTRY  X
                東京   1
                e\u0301\u0301      2
                abcde  3
                """, print(table));
    }
}
