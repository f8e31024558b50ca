package org.ras4j.trace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ras4j.RasConnection;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.spi.WindowsProfile;

/**
 * docs/contract.md C-ENUM-11 ("in the caller's version") and C-ENUM-15 across the listings of a trace:
 * every listing, in every version and charset, reports each connection as the {@code W} listing of the
 * largest {@code dwSize} does, projected on its layout ({@link RasConnCodec#project}: members the
 * version lacks left out, text cut to its field — V351 names to 20 characters —, {@code A} text through
 * the ANSI code page). The TCK's ENUM-27 asks the same of a machine's own connections.
 */
final class ListingCheck {
    /**
     * One decoded listing.
     *
     * @param call        the call
     * @param layout      its layout
     * @param connections its entries
     */
    record Listing(TraceCall call, RasConnLayout layout, List<RasConnection> connections) {
    }

    private ListingCheck() {
    }

    static void check(List<Listing> listings, Map<Long, RasConnection> wide, WindowsProfile profile,
            List<Finding> findings) {
        RasConnCodec codec = RasConnCodec.withAnsiCharset(profile.ansiCharset());
        for (Listing listing : listings) {
            for (RasConnection actual : listing.connections()) {
                RasConnection newest = wide.get(actual.handle().bits());
                if (newest == null) {
                    continue;
                }
                RasConnection expected;
                try {
                    expected = codec.project(newest, listing.layout());
                } catch (IllegalArgumentException unprojectable) {
                    continue;
                }
                String member = firstDifference(expected, actual, listing.layout().charset());
                if (member != null) {
                    findings.add(new Finding(listing.call().line(), member.startsWith("sz") ? "C-ENUM-15" : "C-ENUM-11",
                            listing.call().input().callName() + ": " + member + " of connection 0x"
                                    + Long.toHexString(actual.handle().bits()) + " is " + show(value(actual, member))
                                    + ", not " + show(value(expected, member)) + ", the widest W listing's in "
                                    + listing.layout()));
                }
            }
        }
    }

    /** The first member that differs; the {@code A} entry name is EnumCheck's (it says more). */
    private static String firstDifference(RasConnection expected, RasConnection actual, RasCharset charset) {
        for (String member : members(expected).keySet()) {
            if (!Objects.equals(value(expected, member), value(actual, member))
                    && !(member.equals("szEntryName") && charset == RasCharset.A)) {
                return member;
            }
        }
        return null;
    }

    private static Map<String, Object> members(RasConnection c) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("szEntryName", c.entryName());
        members.put("szDeviceType", c.deviceType());
        members.put("szDeviceName", c.deviceName());
        members.put("szPhonebook", c.phonebook());
        members.put("dwSubEntry", c.subEntry());
        members.put("guidEntry", c.entryId());
        members.put("dwFlags", c.flags());
        members.put("luid", c.luid());
        members.put("guidCorrelationId", c.correlationId());
        return members;
    }

    private static Object value(RasConnection c, String member) {
        return members(c).get(member);
    }

    private static String show(Object value) {
        Object shown = value instanceof Optional<?> o ? o.map(Object.class::cast).orElse("(none)")
                : value instanceof OptionalInt i ? (i.isPresent() ? i.getAsInt() : "(none)") : value;
        String text = String.valueOf(shown);
        return "\"" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "\"";
    }
}
