package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ras4j.RasError;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.WindowsProfile.SizeQuery;
import org.ras4j.spi.WindowsProfile.ValidationOrder;

/**
 * The rules of {@code RasEnumConnections} (docs/contract.md §2) applied to each recorded listing, and
 * rules across listings: every answer counts the same total (C-ENUM-11); the {@code A} text of a
 * connection is its {@code W} text in the ANSI code page (C-ENUM-15); every listing is the widest
 * {@code W} one projected ({@link ListingCheck}).
 */
final class EnumCheck {
    private static final long ERROR_INVALID_PARAMETER = RasError.ERROR_INVALID_PARAMETER.code();
    private static final long ERROR_BUFFER_TOO_SMALL = RasError.ERROR_BUFFER_TOO_SMALL.code();
    private static final long ERROR_INVALID_SIZE = RasError.ERROR_INVALID_SIZE.code();

    private final WindowsProfile profile;
    private final List<Finding> findings;
    /** The W entries by handle, from the successful W listing of the largest dwSize. */
    private final Map<Long, RasConnection> wideEntries = new HashMap<>();
    private final Map<Long, Long> wideSizes = new HashMap<>();
    /** The successful listings, decoded, for {@link ListingCheck}. */
    private final List<ListingCheck.Listing> listings = new ArrayList<>();
    /** The first answer that counted the machine's connections: its line and count. */
    private TraceCall firstTotal;
    /** The A entries with their lines, from successful A listings. */
    private final List<Map.Entry<Integer, RasConnection>> ansiEntries = new ArrayList<>();

    EnumCheck(WindowsProfile profile, List<Finding> findings) {
        this.profile = profile;
        this.findings = findings;
    }

    private void add(TraceCall call, String rule, String message) {
        findings.add(Finding.at(call, rule, message));
    }

    void check(TraceCall call) {
        CallInput in = call.input();
        CallOutput out = call.output();
        if (in.lpcb() == null || in.count() == null) {
            pointers(call);
            return;
        }
        if (out.result() == ERROR_BUFFER_TOO_SMALL || out.result() == 0 && in.capacity() != null) {
            total(call);
        }
        if (in.capacity() == null) {
            sizeQuery(call);
            return;
        }
        if (in.dwSize() == null) {
            return; // fewer than four bytes: open (docs/contract.md §7 a)
        }
        Optional<RasConnLayout> layout = profile.connLayout(in.charset(), in.dwSize().intValue());
        if (layout.isEmpty()) {
            if (out.result() != ERROR_INVALID_SIZE) {
                add(call, "C-ENUM-01", "dwSize " + in.dwSize() + " is no RASCONN " + profile.id() + " accepts in "
                        + in.charset() + ", yet the call answered " + out.result() + " (expected 632)");
            }
            unchanged(call);
            return;
        }
        if (out.result() == ERROR_INVALID_SIZE) {
            add(call, "C-ENUM-02", "answered 632 for dwSize " + in.dwSize() + ", a " + layout.get() + " that "
                    + profile.id() + " accepts");
            return;
        }
        if (out.result() == ERROR_BUFFER_TOO_SMALL) {
            if (out.lpcb() != out.count() * in.dwSize()) {
                add(call, "C-ENUM-11", "603 with *lpcb " + out.lpcb() + " for " + out.count() + " connections of "
                        + in.dwSize() + " bytes (expected " + out.count() * in.dwSize() + ")");
            }
            if (out.lpcb() <= in.lpcb() && out.lpcb() <= in.capacity()) {
                add(call, "C-ENUM-11", "603, yet the " + out.lpcb() + " bytes it needs fit the " + in.writableEnd()
                        + " it was given");
            }
            noPartialEntry(call, layout.get());
            return;
        }
        if (out.result() == 0) {
            success(call, layout.get());
        }
    }

    /**
     * A NULL {@code lpcb} or {@code lpcConnections}: 87, unless the profile checks the size first in this
     * charset and the size is bad (C-ENUM-07, C-ENUM-08 with the profile's {@code validationOrder}).
     */
    private void pointers(TraceCall call) {
        CallInput in = call.input();
        CallOutput out = call.output();
        boolean sizeInvalid;
        if (in.capacity() == null) {
            sizeInvalid = profile.sizeQuery() == SizeQuery.NULL_BUFFER_INVALID_SIZE;
        } else if (in.dwSize() != null) {
            sizeInvalid = profile.connLayout(in.charset(), in.dwSize().intValue()).isEmpty();
        } else {
            if (out.result() != ERROR_INVALID_PARAMETER && out.result() != ERROR_INVALID_SIZE) {
                add(call, "C-ENUM-07", "a NULL lpcb or lpcConnections answered " + out.result() + " (expected 87)");
            }
            return; // fewer than four bytes: open (docs/contract.md §7 a)
        }
        boolean sizeFirst = profile.validationOrder(in.charset()) == ValidationOrder.SIZE_THEN_POINTERS;
        long expected = sizeInvalid && sizeFirst ? ERROR_INVALID_SIZE : ERROR_INVALID_PARAMETER;
        if (out.result() != expected) {
            String pointer = in.lpcb() == null ? "lpcb" : "lpcConnections";
            add(call, sizeInvalid ? "C-ENUM-08" : "C-ENUM-07", "a NULL " + pointer
                    + (sizeInvalid ? " with a " + (in.capacity() == null ? "NULL buffer" : "bad dwSize " + in.dwSize())
                            + ", " + profile.id() + " checking " + (sizeFirst ? "the size" : "the pointers") + " first,"
                            : "") + " answered " + out.result() + " (expected " + expected + ")");
        }
        if (in.lpcb() != null && !in.lpcb().equals(out.lpcb())
                || in.count() != null && !in.count().equals(out.count())) {
            add(call, "C-ENUM-10", "a rejected call changed *lpcb or *lpcConnections");
        }
    }

    /** Every answer that counts the connections of one standing state counts the same (C-ENUM-11, C-ENUM-12). */
    private void total(TraceCall call) {
        if (firstTotal == null) {
            firstTotal = call;
        } else if (!firstTotal.output().count().equals(call.output().count())) {
            add(call, "C-ENUM-11", "answered " + call.output().result() + " with " + call.output().count()
                    + " connections; line " + firstTotal.line() + " answered " + firstTotal.output().result() + " with "
                    + firstTotal.output().count() + " (*lpcConnections is the total on 603 and on success)");
        }
    }

    /** {@return the connections of the W listings, by handle, each from the listing of the largest dwSize} */
    Map<Long, RasConnection> wideEntries() {
        return Map.copyOf(wideEntries);
    }

    private void sizeQuery(TraceCall call) {
        CallOutput out = call.output();
        if (profile.sizeQuery() == SizeQuery.NULL_BUFFER_INVALID_SIZE) {
            if (out.result() != ERROR_INVALID_SIZE) {
                add(call, "C-ENUM-09", profile.id() + " has no size query, yet a NULL buffer answered "
                        + out.result() + " (expected 632)");
            }
            return;
        }
        int newest = profile.newestConnLayout(call.input().charset()).size();
        boolean ok = out.result() == ERROR_BUFFER_TOO_SMALL && out.lpcb() > 0 && out.lpcb() % newest == 0
                || out.result() == 0 && out.lpcb() == 0;
        if (!ok) {
            add(call, "C-ENUM-04", "the size query answered " + out.result() + " with *lpcb " + out.lpcb()
                    + " (expected 603 with a multiple of " + newest + ", or 0 with 0)");
        }
    }

    /** On 603 the entries that fit stay written, and nothing of the one that does not (C-ENUM-11). */
    private void noPartialEntry(TraceCall call, RasConnLayout layout) {
        Integer fill = call.buffer() == null ? null : call.buffer().fill();
        int end = call.input().writableEnd();
        if (fill == null || call.output().bytes() == null) {
            return;
        }
        int from = Math.max(Integer.BYTES, end / layout.size() * layout.size());
        for (int i = from; i < end; i++) {
            if (Byte.toUnsignedInt(call.output().bytes().get(i)) != fill) {
                add(call, "C-ENUM-11", "603, and byte " + i + " of the entry that does not fit in the " + end
                        + " bytes was written (the caller's 0x" + Integer.toHexString(fill) + " is gone)");
                return;
            }
        }
    }

    private void unchanged(TraceCall call) {
        CallInput in = call.input();
        CallOutput out = call.output();
        if (!in.lpcb().equals(out.lpcb()) || !in.count().equals(out.count())) {
            add(call, "C-ENUM-10", "a rejected call changed *lpcb (" + in.lpcb() + " -> " + out.lpcb()
                    + ") or *lpcConnections (" + in.count() + " -> " + out.count() + ")");
        }
    }

    private void success(TraceCall call, RasConnLayout layout) {
        CallInput in = call.input();
        CallOutput out = call.output();
        long entries = out.count() * in.dwSize();
        if (out.lpcb() != entries) {
            add(call, "C-ENUM-12", "succeeded with *lpcb " + out.lpcb() + " for " + out.count() + " entries of "
                    + in.dwSize() + " bytes (expected " + entries + ")");
        }
        if (entries > in.writableEnd()) {
            add(call, "C-ENUM-05", "reports " + out.count() + " entries (" + entries + " bytes) in the "
                    + in.writableEnd() + " bytes of min(*lpcb, capacity)");
            return;
        }
        List<RasConnection> connections;
        try {
            connections = RasConnCodec.withAnsiCharset(profile.ansiCharset()).decode(out.bytes().toBuffer(), layout,
                    out.count().intValue());
        } catch (RasException undecodable) {
            add(call, "C-ENUM-15", "the entries do not decode: " + undecodable.getMessage());
            return;
        }
        ByteBuffer written = out.bytes().toBuffer();
        for (int i = 1; i < connections.size(); i++) {
            int dwSize = written.getInt(i * layout.size());
            if (dwSize != layout.size() && dwSize != 0) {
                add(call, "C-ENUM-11", "entry " + i + " has dwSize " + Integer.toUnsignedString(dwSize)
                        + "; the entries are " + layout.size() + " bytes apart");
            }
        }
        listings.add(new ListingCheck.Listing(call, layout, connections));
        for (RasConnection c : connections) {
            if (in.charset() == RasCharset.W) {
                if (wideSizes.getOrDefault(c.handle().bits(), 0L) <= in.dwSize()) {
                    wideEntries.put(c.handle().bits(), c);
                    wideSizes.put(c.handle().bits(), in.dwSize());
                }
            } else {
                ansiEntries.add(Map.entry(call.line(), c));
            }
        }
    }

    /** The A text of each connection is its W text in the ANSI code page (C-ENUM-15). */
    void crossCheck() {
        ListingCheck.check(listings, wideEntries, profile, findings);
        Charset ansi = profile.ansiCharset();
        for (Map.Entry<Integer, RasConnection> entry : ansiEntries) {
            RasConnection a = entry.getValue();
            RasConnection wideEntry = wideEntries.get(a.handle().bits());
            String wide = wideEntry == null ? null : wideEntry.entryName();
            if (wide == null || a.entryName().equals(wide)) {
                continue;
            }
            String expected = new String(wide.getBytes(ansi), ansi);
            boolean truncated = wide.length() > a.entryName().length() && wide.startsWith(a.entryName());
            if (!a.entryName().equals(expected) && !truncated && !expected.startsWith(a.entryName())) {
                findings.add(new Finding(entry.getKey(), "C-ENUM-15", "RasEnumConnectionsA: entry name \""
                        + printable(a.entryName()) + "\" is not \"" + printable(expected) + "\", the W name in "
                        + ansi.name() + (looksLikeUtf8(a.entryName(), ansi) ? " (it looks like UTF-8)" : "")));
            }
        }
    }

    private static boolean looksLikeUtf8(String decoded, Charset ansi) {
        byte[] raw = decoded.getBytes(ansi);
        String asUtf8 = new String(raw, StandardCharsets.UTF_8);
        return !asUtf8.equals(decoded) && !asUtf8.contains("\uFFFD");
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(cp < 0x20 || cp == 0x7f ? String.format("\\x%02x", cp)
                : new String(Character.toChars(cp))));
        return out.toString();
    }
}
