package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnField;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.ForwardingRasBackend;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/** Traces of plausible broken backends: the checker finds each fault, citing the rule it breaks. */
class CheckerRejectsTest {
    private static final WindowsProfile XP = WindowsProfile.windowsXpx86();
    private static final WindowsProfile TEN = WindowsProfile.windows10x64();

    /** Accepts any dwSize at least that of the oldest RASCONN, answering in the newest accepted version. */
    static RasBackend ignoresDwSize(RasBackend sim, WindowsProfile profile) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset cs, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                if (Buffers.holdsDwSize(buffer) && profile.connLayout(cs, Buffers.dwSize(buffer)).isEmpty()) {
                    int newest = profile.newestConnLayout(cs).size();
                    ByteBuffer copy = ByteBuffer.allocate(Math.max(buffer.capacity(), newest))
                            .order(ByteOrder.LITTLE_ENDIAN).putInt(0, newest);
                    int code = delegate().enumConnections(cs, copy, DwordRef.of(copy.capacity()), count);
                    lpcb.set(newest * count.get());
                    buffer.duplicate().clear().put(copy.duplicate().clear().limit(Math.min(buffer.capacity(),
                            (int) lpcb.getUnsigned())));
                    return code == 0 ? 0 : code;
                }
                return delegate().enumConnections(cs, buffer, lpcb, count);
            }
        };
    }

    /** Writes a marker just past *lpcb after every successful listing. */
    static RasBackend writesPastLpcb(RasBackend sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset cs, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                long room = lpcb == null ? 0 : lpcb.getUnsigned();
                int code = delegate().enumConnections(cs, buffer, lpcb, count);
                if (code == 0 && buffer != null && room < buffer.capacity()) {
                    buffer.put((int) room, (byte) 0xCC);
                }
                return code;
            }
        };
    }

    /** On 603, reports the connections that fitted instead of the total, and *lpcb for those. */
    static RasBackend wrong603Totals(RasBackend sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset cs, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                long room = lpcb == null ? 0 : lpcb.getUnsigned();
                int code = delegate().enumConnections(cs, buffer, lpcb, count);
                if (code == 603 && buffer != null) {
                    int dwSize = Buffers.dwSize(buffer);
                    int fitted = (int) (room / dwSize);
                    count.set(fitted);
                    lpcb.set((fitted + 1) * dwSize);
                }
                return code;
            }
        };
    }

    /** Reports one connection more than it wrote on success. */
    static RasBackend countsOneMore(RasBackend sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset cs, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                int code = delegate().enumConnections(cs, buffer, lpcb, count);
                if (code == 0 && buffer != null && count != null && count.get() > 0) {
                    count.set(count.get() + 1);
                }
                return code;
            }
        };
    }

    /** Writes the A entry names in UTF-8 instead of the ANSI code page. */
    static RasBackend ansiTextInUtf8(RasBackend sim, WindowsProfile profile) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset cs, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                int code = delegate().enumConnections(cs, buffer, lpcb, count);
                if (code == 0 && cs == RasCharset.A && buffer != null && count.get() > 0) {
                    RasConnLayout layout = RasConnLayout.forSize(Buffers.dwSize(buffer), cs, abi()).orElseThrow();
                    for (int i = 0; i < count.get(); i++) {
                        int at = i * layout.size() + layout.offset(RasConnField.ENTRY_NAME);
                        int length = layout.length(RasConnField.ENTRY_NAME);
                        byte[] field = new byte[length];
                        buffer.duplicate().clear().position(at).get(field);
                        int end = 0;
                        while (field[end] != 0) {
                            end++;
                        }
                        byte[] utf8 = new String(field, 0, end, profile.ansiCharset()).getBytes(StandardCharsets.UTF_8);
                        byte[] written = new byte[length];
                        System.arraycopy(utf8, 0, written, 0, Math.min(utf8.length, length - 1));
                        buffer.duplicate().clear().position(at).put(written);
                    }
                }
                return code;
            }
        };
    }

    /** Answers a status query with the newest RASCONNSTATUS whatever dwSize says, writing past it. */
    static RasBackend statusPastDwSize(RasBackend sim, WindowsProfile profile) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int getConnectStatus(RasCharset cs, RasHandle handle, ByteBuffer status) {
                int code = delegate().getConnectStatus(cs, handle, status);
                if (code == 0 && status.capacity() > Buffers.dwSize(status)) {
                    status.put(Buffers.dwSize(status), (byte) 1);
                }
                return code;
            }
        };
    }

    /** Throws instead of returning 632 for a RASCONN version it does not know. */
    static RasBackend throwsInsteadOfReturning(RasBackend sim, WindowsProfile profile) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset cs, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                if (Buffers.holdsDwSize(buffer) && profile.connLayout(cs, Buffers.dwSize(buffer)).isEmpty()) {
                    throw new IllegalArgumentException("unknown dwSize " + Buffers.dwSize(buffer));
                }
                return delegate().enumConnections(cs, buffer, lpcb, count);
            }
        };
    }

    static Stream<Arguments> brokenBackends() {
        return Stream.of(
                Arguments.of("ignores dwSize", XP, (Function<RasBackend, RasBackend>) b -> ignoresDwSize(b, XP),
                        "C-ENUM-01"),
                Arguments.of("writes past *lpcb", TEN, (Function<RasBackend, RasBackend>) CheckerRejectsTest::writesPastLpcb,
                        "C-ENUM-05"),
                Arguments.of("wrong 603 totals", XP, (Function<RasBackend, RasBackend>) CheckerRejectsTest::wrong603Totals,
                        "C-ENUM-11"),
                Arguments.of("counts one more", TEN, (Function<RasBackend, RasBackend>) CheckerRejectsTest::countsOneMore,
                        "C-ENUM-12"),
                Arguments.of("A text in UTF-8", TEN, (Function<RasBackend, RasBackend>) b -> ansiTextInUtf8(b, TEN),
                        "C-ENUM-15"),
                Arguments.of("status past dwSize", TEN, (Function<RasBackend, RasBackend>) b -> statusPastDwSize(b, TEN),
                        "C-STAT-02"),
                Arguments.of("throws", XP, (Function<RasBackend, RasBackend>) b -> throwsInsteadOfReturning(b, XP),
                        "C-ERR-04"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBackends")
    void theCheckerCatchesIt(String name, WindowsProfile profile, Function<RasBackend, RasBackend> breaking,
            String rule) {
        RasBackend broken = breaking.apply(Machines.busy(profile));
        List<Finding> findings = TraceChecker.check(broken, profile);
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals(rule)), name + ": " + findings);
        assertTrue(findings.stream().allMatch(f -> f.line() >= 1), findings.toString());
        assertEquals(List.of(), TraceChecker.check(Machines.busy(profile), profile), "the same machine unbroken");
        Trace written = Capture.run(breaking.apply(Machines.busy(profile)), profile);
        assertEquals(written, Trace.parse(written.toText()), "a broken backend's trace reads back as it was");
    }
}
