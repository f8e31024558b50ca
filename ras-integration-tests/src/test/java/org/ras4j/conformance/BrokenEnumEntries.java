package org.ras4j.conformance;

import static org.ras4j.conformance.BrokenBackends.BUFFER_TOO_SMALL;
import static org.ras4j.conformance.BrokenBackends.SUCCESS;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.ras4j.RasConnection;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnField;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/** Broken backends that write the entries of {@code RasEnumConnections} wrongly. */
final class BrokenEnumEntries {
    private BrokenEnumEntries() {
    }

    static List<Broken> all() {
        return List.of(
                Broken.of("alignsHandleTo8", WindowsProfile.windowsXpx64(),
                        BrokenEnumEntries::alignsHandleTo8, "ENUM-20"),
                Broken.of("ansiAsUtf8", WindowsProfile.windows10x86(), BrokenEnumEntries::ansiAsUtf8, "ENUM-22"),
                Broken.of("ansiOnlyInEntryName", WindowsProfile.windows11x64(), BrokenEnumEntries::ansiOnlyInEntryName,
                        "ENUM-35"),
                Broken.of("entryNameCutAt255", WindowsProfile.windows7x64(), BrokenEnumEntries::entryNameCutAt255,
                        "ENUM-36"),
                Broken.of("v351CutsBytesNotCharacters", WindowsProfile.windowsNt4x86(),
                        BrokenEnumEntries::v351CutsBytesNotCharacters, "ENUM-23"),
                Broken.of("dropsPhoneNumberDot", WindowsProfile.windows2000x86(),
                        BrokenEnumEntries::dropsPhoneNumberDot,
                        "ENUM-21"),
                listsDiallingOnNt(),
                Broken.of("handlesCutTo32Bits", WindowsProfile.windows7x64(), BrokenEnumEntries::handlesCutTo32Bits,
                        "ENUM-20"),
                Broken.of("forgetsCorrelationId", WindowsProfile.windowsVistax64(),
                        BrokenEnumEntries::forgetsCorrelationId,
                        "ENUM-20"),
                Broken.of("forgetsLuid", WindowsProfile.windowsXpx86(), BrokenEnumEntries::forgetsLuid, "ENUM-20"));
    }

    /** The entries written by a call that listed (success or 603), for the mistakes below. */
    private interface EntryMistake {
        void spoil(BrokenBackends.EnumCall call, RasConnLayout layout, int index);
    }

    private static RasBackend everyEntry(SimulatedRas sim, EntryMistake mistake) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if ((code == SUCCESS || code == BUFFER_TOO_SMALL) && call.buffer() != null && call.layout().isPresent()) {
                for (int i = 0; i < call.written(); i++) {
                    mistake.spoil(call, call.layout().get(), i);
                }
            }
            return code;
        });
    }

    /** {@code hrasconn} aligned to 8 on x64 (a JNA {@code Structure}'s default alignment): members move 4 bytes. */
    static RasBackend alignsHandleTo8(SimulatedRas sim) {
        return everyEntry(sim, (call, layout, i) -> {
            if (sim.abi() == Abi.X64) {
                ByteBuffer bytes = call.bytes();
                int base = i * layout.size();
                byte[] members = new byte[layout.size() - 8];
                bytes.get(base + 4, members);
                bytes.put(base + 8, members);
                bytes.putInt(base + 4, 0);
            }
        });
    }

    /** The A function converts text with UTF-8 instead of the ANSI code page. */
    static RasBackend ansiAsUtf8(SimulatedRas sim) {
        return utf8In(sim, Set.of(RasConnField.ENTRY_NAME, RasConnField.DEVICE_TYPE, RasConnField.DEVICE_NAME,
                RasConnField.PHONEBOOK));
    }

    /** The A function converts the entry name to the ANSI code page, the other text members with UTF-8. */
    static RasBackend ansiOnlyInEntryName(SimulatedRas sim) {
        return utf8In(sim, Set.of(RasConnField.DEVICE_TYPE, RasConnField.DEVICE_NAME, RasConnField.PHONEBOOK));
    }

    private static RasBackend utf8In(SimulatedRas sim, Set<RasConnField> fields) {
        return everyEntry(sim, (call, layout, i) -> {
            RasConnection c = call.connection(i).orElse(null);
            if (call.charset() != RasCharset.A || c == null) {
                return;
            }
            for (RasConnField field : fields) {
                String text = switch (field) {
                    case ENTRY_NAME -> c.entryName();
                    case DEVICE_TYPE -> c.deviceType().orElse("");
                    case DEVICE_NAME -> c.deviceName().orElse("");
                    default -> c.phonebook().orElse("");
                };
                if (layout.has(field)) {
                    BrokenBackends.writeText(call.bytes(), call.at(i, field), layout.length(field), text,
                            StandardCharsets.UTF_8);
                }
            }
        });
    }

    /** The entry name is cut to 255 characters (RAS_MaxEntryName taken as the buffer with its NUL). */
    static RasBackend entryNameCutAt255(SimulatedRas sim) {
        return everyEntry(sim, (call, layout, i) -> {
            int chars = layout.length(RasConnField.ENTRY_NAME) / call.charset().charSize();
            if (chars > 255) {
                putChar(call, call.at(i, RasConnField.ENTRY_NAME) + 255 * call.charset().charSize(), 0);
            }
        });
    }

    /** The NT 3.51 layout's 20-character entry name is cut at 20 bytes, 10 characters in W. */
    static RasBackend v351CutsBytesNotCharacters(SimulatedRas sim) {
        return everyEntry(sim, (call, layout, i) -> {
            if (layout.version() == RasConnVersion.V351 && call.charset() == RasCharset.W) {
                putChar(call, call.at(i, RasConnField.ENTRY_NAME) + 20, 0);
            }
        });
    }

    /** A connection made without a phone-book entry shows its phone number without the leading '.'. */
    static RasBackend dropsPhoneNumberDot(SimulatedRas sim) {
        return everyEntry(sim, (call, layout, i) -> {
            int at = call.at(i, RasConnField.ENTRY_NAME);
            int width = call.charset().charSize();
            if (charAt(call, at) == '.') {
                int length = layout.length(RasConnField.ENTRY_NAME);
                byte[] rest = new byte[length - width];
                call.bytes().get(at + width, rest);
                call.bytes().put(at, rest);
                putChar(call, at + length - width, 0);
            }
        });
    }

    /** Lists a connection while it dials on NT 4, as Windows 95/98/Me do. */
    static Broken listsDiallingOnNt() {
        return Broken.behavingAs("listsDiallingOnNt", WindowsProfile.windowsNt4x86(), b -> b.dialingIsListed(true),
                "ENUM-24", "WATCH-04");
    }

    /** {@code hrasconn} is kept in an {@code int}: the high 32 bits of an x64 handle are lost. */
    static RasBackend handlesCutTo32Bits(SimulatedRas sim) {
        return everyEntry(sim, (call, layout, i) -> {
            if (layout.abi() == Abi.X64) {
                call.bytes().putInt(call.at(i, RasConnField.HRASCONN) + 4, 0);
            }
        });
    }

    /** {@code guidCorrelationId} of the Vista RASCONN is never written: the caller's bytes stay. */
    static RasBackend forgetsCorrelationId(SimulatedRas sim) {
        return everyEntry(sim, (call, layout, i) -> restore(call, layout, i, RasConnField.CORRELATION_ID));
    }

    /** {@code luid} of the XP RASCONN is never written: the caller's bytes stay. */
    static RasBackend forgetsLuid(SimulatedRas sim) {
        return everyEntry(sim, (call, layout, i) -> restore(call, layout, i, RasConnField.LUID));
    }

    private static void restore(BrokenBackends.EnumCall call, RasConnLayout layout, int index, RasConnField field) {
        if (layout.has(field)) {
            int at = call.at(index, field);
            call.bytes().put(at, call.original(), at, layout.length(field));
        }
    }

    private static int charAt(BrokenBackends.EnumCall call, int at) {
        return call.charset() == RasCharset.W ? call.bytes().getChar(at) : call.bytes().get(at);
    }

    private static void putChar(BrokenBackends.EnumCall call, int at, int c) {
        if (call.charset() == RasCharset.W) {
            call.bytes().putChar(at, (char) c);
        } else {
            call.bytes().put(at, (byte) c);
        }
    }
}
