package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.spi.DwordRef;

/**
 * How {@code RasEnumConnections} sizes its answer: the out-values on success and on
 * {@code ERROR_BUFFER_TOO_SMALL}, the entries written when the buffer is short, and the bytes it
 * must never touch. Runs against whatever connections exist, or a fixture's.
 */
abstract class EnumSizingRequirements {
    private static final int BUFFER_TOO_SMALL = RasError.ERROR_BUFFER_TOO_SMALL.code();
    /** Values of {@code *lpcb} too small for any entry, down to none: Windows reads the dwSize all the same. */
    private static final int[] SHORT_LPCB = {0, 1, 3};

    private final Harness h;

    EnumSizingRequirements(Harness harness) {
        this.h = harness;
    }

    @ForEachCharset
    @DisplayName("ENUM-10 no connections: success with *lpcb = 0 and *lpcConnections = 0, whatever the caller put there")
    void noConnectionsZeroesBothOutputs(RasCharset charset) {
        h.requireNoConnections(charset);
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            for (int lpcb : new int[] {layout.size(), 3 * layout.size() + 5}) {
                String what = layout + " with no connections and *lpcb = " + lpcb;
                h.enumerate(charset, layout.size(), lpcb, lpcb).assertCode(0, what).assertOutputs(0, 0, what)
                        .assertNothingWrittenFrom(lpcb, what);
            }
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-18 *lpcb under one entry (0, 1, 3) with no connections: the dwSize is read, success with 0 and 0")
    void shortLpcbWithNoConnections(RasCharset charset) {
        h.requireNoConnections(charset);
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            for (int lpcb : SHORT_LPCB) {
                String what = layout + " with no connections and *lpcb = " + lpcb;
                h.enumerate(charset, layout.size(), 2 * layout.size(), lpcb).assertCode(0, what)
                        .assertOutputs(0, 0, what).assertNothingWrittenFrom(lpcb, what);
            }
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-19 *lpcb under one entry (0, 1, 3) with connections: 603 with the totals in the caller's dwSize, nothing written")
    void shortLpcbWithConnections(RasCharset charset) {
        int n = h.requireConnections(charset, 3, 1).size();
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            for (int lpcb : SHORT_LPCB) {
                String what = layout + " with " + n + " connection(s) and *lpcb = " + lpcb;
                h.enumerate(charset, layout.size(), 2 * layout.size(), lpcb).assertCode(BUFFER_TOO_SMALL, what)
                        .assertOutputs(n * layout.size(), n, what).assertNothingWrittenFrom(lpcb, what);
            }
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-11 success: *lpcConnections = entries written, *lpcb = entries × dwSize, in every accepted version")
    void successReportsWrittenEntries(RasCharset charset) {
        int n = h.requireConnections(charset, 3, 1).size();
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            int capacity = (n + 1) * layout.size() + 7;
            String what = layout + " with " + n + " connection(s) and *lpcb = " + capacity;
            EnumOutcome out = h.enumerate(charset, layout.size(), capacity, capacity)
                    .assertCode(0, what).assertOutputs(n * layout.size(), n, what);
            out.decode(h.connCodec(), layout, n);
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-12 603 reports the total count and total size, not the written count")
    void tooSmallReportsTheTotal(RasCharset charset) {
        int n = h.requireConnections(charset, 3, 2).size();
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            for (int room = 0; room < n; room++) {
                int lpcb = Math.max(4, room * layout.size());
                String what = layout + " with " + n + " connections and *lpcb = " + lpcb;
                h.enumerate(charset, layout.size(), lpcb + 16, lpcb)
                        .assertCode(BUFFER_TOO_SMALL, what).assertOutputs(n * layout.size(), n, what);
            }
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-13 603 leaves written the entries that fit, in the order of a full listing")
    void tooSmallWritesTheEntriesThatFit(RasCharset charset) {
        int n = h.requireConnections(charset, 4, 2).size();
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            List<RasConnection> full = h.listing(layout);
            for (int room = 1; room < n; room++) {
                int lpcb = room * layout.size() + layout.size() / 2;
                String what = layout + " with " + n + " connections and *lpcb = " + lpcb;
                EnumOutcome out = h.enumerate(charset, layout.size(), lpcb, lpcb).assertCode(BUFFER_TOO_SMALL, what);
                assertEquals(full.subList(0, room), out.decode(h.connCodec(), layout, room), what);
            }
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-14 nothing is written at or beyond *lpcb")
    void nothingWrittenBeyondLpcb(RasCharset charset) {
        int n = h.requireConnections(charset, 3, 1).size();
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            int size = layout.size();
            List<Integer> limits = new ArrayList<>(List.of(0, 1, 3, 4, size - 1, size, size + 1));
            limits.addAll(List.of(n * size - 1, n * size, n * size + 1, n * size + size - 1));
            for (int lpcb : limits) {
                String what = layout + " with " + n + " connection(s) and *lpcb = " + lpcb;
                h.enumerate(charset, size, lpcb + 64, lpcb).assertNothingWrittenFrom(lpcb, what);
            }
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-15 *lpcb = count × dwSize exactly succeeds; one byte less returns 603")
    void exactFitBoundary(RasCharset charset) {
        int n = h.requireConnections(charset, 2, 1).size();
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            int exact = n * layout.size();
            String what = layout + " with " + n + " connection(s) and *lpcb = ";
            h.enumerate(charset, layout.size(), exact, exact).assertCode(0, what + exact)
                    .assertOutputs(exact, n, what + exact);
            h.enumerate(charset, layout.size(), exact, exact - 1).assertCode(BUFFER_TOO_SMALL, what + (exact - 1))
                    .assertOutputs(exact, n, what + (exact - 1)).assertNothingWrittenFrom(exact - 1, what + (exact - 1));
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-16 many connections (300): every entry, and the sizes on success and on 603")
    void manyConnections(RasCharset charset) {
        List<RasHandle> handles = h.makeConnections(TckFixture.MANY);
        List<RasConnection> expected = new ArrayList<>();
        for (int i = 0; i < handles.size(); i++) {
            expected.add(ConnectionSpec.entry("tck-" + i).toConnection(handles.get(i)));
        }
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            int total = handles.size() * layout.size();
            String what = layout + " with " + handles.size() + " connections";
            h.enumerate(charset, layout.size(), layout.size(), layout.size())
                    .assertCode(BUFFER_TOO_SMALL, what).assertOutputs(total, handles.size(), what);
            EnumOutcome out = h.enumerate(charset, layout.size(), total + 16, total + 16)
                    .assertCode(0, what).assertOutputs(total, handles.size(), what);
            Harness.assertSameConnections(h.project(expected, layout),
                    out.decode(h.connCodec(), layout, handles.size()), what);
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-17 with the RAS service stopped: success, 0 entries")
    void serviceStopped(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.SERVICE_CONTROL);
        fixture.stopService();
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            int lpcb = 2 * layout.size();
            String what = layout + " with the RAS service stopped";
            h.enumerate(charset, layout.size(), lpcb, lpcb).assertCode(0, what).assertOutputs(0, 0, what);
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-33 603: nothing of the entry that does not fit is written, from the end of the last whole entry up to *lpcb")
    void tooSmallWritesNothingOfTheEntryThatDoesNotFit(RasCharset charset) {
        int n = h.requireConnections(charset, 3, 1).size();
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            int size = layout.size();
            for (int whole = 0; whole < n; whole++) {
                for (int extra : new int[] {1, 4, size / 2, size - 1}) {
                    if (whole == 0 && extra < 4) {
                        continue; // *lpcb under 4 is ENUM-19's
                    }
                    int lpcb = whole * size + extra;
                    String what = layout + " with " + n + " connection(s) and *lpcb = " + lpcb + " (room for " + whole
                            + " whole entries)";
                    EnumOutcome out = h.enumerate(charset, size, lpcb + 16, lpcb).assertCode(BUFFER_TOO_SMALL, what)
                            .assertOutputs(n * size, n, what)
                            .assertNothingWrittenFrom(whole * size, what + ": entry " + whole + " does not fit");
                    out.decode(h.connCodec(), layout, whole);
                }
            }
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-37 a buffer with position and limit moved gets the entries and bytes of a plain one, and keeps its position and limit")
    void positionAndLimitAreIgnored(RasCharset charset) {
        int n = h.requireConnections(charset, 3, 0).size();
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            int size = layout.size();
            int capacity = (n + 2) * size;
            EnumOutcome plain = h.enumerate(charset, size, capacity, capacity).assertCode(0, layout + ", plain buffer");
            List<RasConnection> entries = plain.decode(h.connCodec(), layout, plain.count());
            for (int[] moved : new int[][] {{0, 2}, {5, size + 3}, {size, size}, {capacity - 1, capacity}}) {
                ByteBuffer buffer = CallerMemory.callerBuffer(capacity, size).limit(moved[1]).position(moved[0]);
                String what = layout + " into a buffer with position " + moved[0] + " and limit " + moved[1];
                EnumOutcome out = h.enumerate(charset, buffer, DwordRef.of(capacity), DwordRef.of(CallerMemory.GARBAGE))
                        .assertCode(0, what).assertOutputs(plain.lpcb(), plain.count(), what);
                assertEquals(entries, out.decode(h.connCodec(), layout, out.count()), what);
                StructBytes.assertSame(plain.bytes(), out.bytes(), i -> StructBytes.where(layout, i), what);
                assertEquals(List.of(moved[0], moved[1]), List.of(buffer.position(), buffer.limit()),
                        what + ": position and limit are the caller's");
            }
        }
    }
}
