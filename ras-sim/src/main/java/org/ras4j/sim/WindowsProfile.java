package org.ras4j.sim;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;

/**
 * The facts of one Windows version that decide how {@code rasapi32} answers, as data (in the
 * manner of Jimfs' {@code Configuration}): the simulator reads these fields and never asks which
 * Windows it is.
 *
 * <p>What the ready-made profiles rest on:
 * <ul>
 *   <li><b>Structure versions.</b> {@code ras.h} adds {@code RASCONN} members under
 *       {@code WINVER} 0x400, 0x401, 0x500, 0x501 and 0x600 ({@code guidCorrelationId} is guarded
 *       by {@code WINVER >= 0x0600}); {@code RASCONNSTATUS} grows under 0x400, 0x401 and 0x601
 *       (tunnel end points, {@code rasconnsubstate}). A Windows version accepts the
 *       {@code dwSize} of its own structures and of every older one (RAS-CONTRACT.md §2: XP accepts
 *       V351 to V501, Vista and later add V600).</li>
 *   <li><b>The NULL-buffer size query</b> is documented for current Windows (Vista and later:
 *       {@code ERROR_BUFFER_TOO_SMALL} and the required size); Windows 2000/XP read the
 *       {@code dwSize} of the buffer first and answer {@code ERROR_INVALID_SIZE} (632).</li>
 *   <li><b>Validation order</b> (RAS-CONTRACT.md §2, 2000/XP): {@code A} checks the NULL
 *       {@code lpcb}/{@code lpcConnections} pointers first (87), {@code W} the {@code dwSize}
 *       first (632). No record of a change since exists, so every ready-made profile keeps it.</li>
 *   <li><b>Dialling connections</b> are listed by Windows 95/98/Me as soon as they start dialling,
 *       by NT only once connected (the {@code RasEnumConnections} remarks).</li>
 *   <li><b>{@code RASCF_OwnerKnown}/{@code RASCF_OwnerMatch}</b> are Vista and later.</li>
 * </ul>
 *
 * <p>What Wine's rasapi32 tests (Austin English, 2008) record: they call
 * {@code RasEnumDevicesA}, not {@code RasEnumConnections} (Wine's {@code RasEnumConnections} is a
 * stub that returns no connection), so they are evidence by analogy only. On the Windows versions
 * they ran on: a NULL buffer with a valid {@code lpcb} answers 603 and sets the count; a
 * {@code dwSize} of 0, {@code sizeof - 1} or {@code sizeof + 1} answers 632 (Windows 98:
 * {@code ERROR_INVALID_USER_BUFFER}, 1784); a NULL {@code lpcb} or count pointer answers 87; a
 * valid {@code dwSize} with {@code *lpcb = 0} answers 603 on 2000/XP but 632 on Vista/2008; after
 * a 632 or an 87 the count is left untouched (as the simulator leaves both outputs untouched
 * whenever validation fails). The simulator follows RAS-CONTRACT.md where the analogy and the
 * contract differ: 603 for {@code *lpcb < dwSize} on every profile, and 632 for a NULL buffer on
 * the 9x profiles too (no record exists for {@code RasEnumConnections} there).
 *
 * <p>The 9x profiles accept {@code W} calls as the Microsoft Layer for Unicode provides them.
 * Instances are immutable; {@link #builder(String, Abi)} makes custom ones.
 */
public final class WindowsProfile {

    /** Which argument check of {@code RasEnumConnections} comes first when several fail. */
    public enum ValidationOrder {
        /** NULL {@code lpcb}/{@code lpcConnections} (87) before the buffer's {@code dwSize} (632): 2000/XP {@code A}. */
        POINTERS_THEN_SIZE,
        /** The buffer's {@code dwSize} (632) before the NULL pointers (87): 2000/XP {@code W}. */
        SIZE_THEN_POINTERS
    }

    private final String name;
    private final Abi abi;
    private final Map<RasCharset, Set<RasConnVersion>> connVersions;
    private final Map<RasCharset, Set<RasConnStatusVersion>> statusVersions;
    private final Map<RasCharset, ValidationOrder> validationOrder;
    private final boolean nullBufferSizeQuery;
    private final boolean dialingIsListed;
    private final boolean ownerFlags;
    private final Charset ansiCharset;

    private WindowsProfile(Builder b) {
        this.name = b.name;
        this.abi = b.abi;
        this.connVersions = frozen(b.connVersions);
        this.statusVersions = frozen(b.statusVersions);
        this.validationOrder = Collections.unmodifiableMap(new EnumMap<>(b.validationOrder));
        this.nullBufferSizeQuery = b.nullBufferSizeQuery;
        this.dialingIsListed = b.dialingIsListed;
        this.ownerFlags = b.ownerFlags;
        this.ansiCharset = b.ansiCharset;
    }

    private static <V extends Enum<V>> Map<RasCharset, Set<V>> frozen(Map<RasCharset, Set<V>> map) {
        Map<RasCharset, Set<V>> copy = new EnumMap<>(RasCharset.class);
        map.forEach((charset, set) -> copy.put(charset, Collections.unmodifiableSet(EnumSet.copyOf(set))));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * A builder whose defaults are Windows XP's: {@code RASCONN} V351–V501 and
     * {@code RASCONNSTATUS} V351–V401 in both charsets, NULL buffer → 632, {@code A} checking
     * pointers first and {@code W} the size first, dialling connections not listed, no owner
     * flags, ANSI text in windows-1252.
     */
    public static Builder builder(String name, Abi abi) {
        return new Builder(name, abi);
    }

    /** This profile's values in a builder, to derive a variant. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Windows 95 (x86): {@code RASCONN} V351–V400, dialling connections listed. */
    public static WindowsProfile windows95() {
        return KnownProfiles.WINDOWS_95;
    }

    /** Windows 98 (x86): {@code RASCONN} V351–V401 (multilink), dialling connections listed. */
    public static WindowsProfile windows98() {
        return KnownProfiles.WINDOWS_98;
    }

    /** Windows Me (x86): as Windows 98. */
    public static WindowsProfile windowsMe() {
        return KnownProfiles.WINDOWS_ME;
    }

    /** Windows NT 4.0 (x86): {@code RASCONN} V351–V401. */
    public static WindowsProfile nt4() {
        return KnownProfiles.NT4;
    }

    /** Windows 2000 (x86): {@code RASCONN} V351–V500, NULL buffer → 632. */
    public static WindowsProfile windows2000() {
        return KnownProfiles.WINDOWS_2000;
    }

    /** Windows XP (x86): {@code RASCONN} V351–V501, NULL buffer → 632. */
    public static WindowsProfile windowsXp() {
        return KnownProfiles.WINDOWS_XP_X86;
    }

    /** Windows XP Professional x64 Edition. */
    public static WindowsProfile windowsXpX64() {
        return KnownProfiles.WINDOWS_XP_X64;
    }

    /** Windows Vista (x86): {@code RASCONN} up to V600, the NULL-buffer size query, owner flags. */
    public static WindowsProfile windowsVista() {
        return KnownProfiles.WINDOWS_VISTA_X86;
    }

    /** Windows Vista (x64). */
    public static WindowsProfile windowsVistaX64() {
        return KnownProfiles.WINDOWS_VISTA_X64;
    }

    /** Windows 7 (x86): as Vista, and {@code RASCONNSTATUS} V601. */
    public static WindowsProfile windows7() {
        return KnownProfiles.WINDOWS_7_X86;
    }

    /** Windows 7 (x64). */
    public static WindowsProfile windows7X64() {
        return KnownProfiles.WINDOWS_7_X64;
    }

    /** Windows 10 (x86): as Windows 7. */
    public static WindowsProfile windows10() {
        return KnownProfiles.WINDOWS_10_X86;
    }

    /** Windows 10 (x64): as Windows 7. */
    public static WindowsProfile windows10x64() {
        return KnownProfiles.WINDOWS_10_X64;
    }

    /** Windows 11 (x64; there is no x86 Windows 11): as Windows 10. */
    public static WindowsProfile windows11x64() {
        return KnownProfiles.WINDOWS_11_X64;
    }

    /** Every ready-made profile, oldest Windows first. */
    public static List<WindowsProfile> all() {
        return KnownProfiles.ALL;
    }

    /** A name for messages and test reports, e.g. {@code Windows XP (x86)}. */
    public String name() {
        return name;
    }

    /** The ABI whose structure layouts the calls read and write. */
    public Abi abi() {
        return abi;
    }

    /** The {@code RASCONN} versions whose {@code dwSize} {@code RasEnumConnections} accepts in {@code charset}. */
    public Set<RasConnVersion> connVersions(RasCharset charset) {
        return connVersions.get(Objects.requireNonNull(charset, "charset"));
    }

    /** The {@code RASCONNSTATUS} versions whose {@code dwSize} {@code RasGetConnectStatus} accepts in {@code charset}. */
    public Set<RasConnStatusVersion> statusVersions(RasCharset charset) {
        return statusVersions.get(Objects.requireNonNull(charset, "charset"));
    }

    /** The newest accepted {@code RASCONN} version in {@code charset}: what a NULL-buffer size query sizes. */
    public RasConnVersion newestConnVersion(RasCharset charset) {
        return Collections.max(connVersions(charset));
    }

    /** The newest accepted {@code RASCONNSTATUS} version in {@code charset}. */
    public RasConnStatusVersion newestStatusVersion(RasCharset charset) {
        return Collections.max(statusVersions(charset));
    }

    /** Which check {@code RasEnumConnections} in {@code charset} makes first. */
    public ValidationOrder validationOrder(RasCharset charset) {
        return validationOrder.get(Objects.requireNonNull(charset, "charset"));
    }

    /**
     * Whether {@code lprasconn = NULL} is the documented size query (603 with the required size,
     * Vista and later) rather than {@code ERROR_INVALID_SIZE} (632, Windows 2000/XP).
     */
    public boolean nullBufferSizeQuery() {
        return nullBufferSizeQuery;
    }

    /** Whether a connection is listed as soon as it starts dialling (Windows 95/98/Me). */
    public boolean dialingIsListed() {
        return dialingIsListed;
    }

    /** Whether {@code RASCF_OwnerKnown} and {@code RASCF_OwnerMatch} exist (Vista and later). */
    public boolean ownerFlags() {
        return ownerFlags;
    }

    /** The ANSI code page the {@code A} functions convert text to. */
    public Charset ansiCharset() {
        return ansiCharset;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Builds {@link WindowsProfile}s; see {@link WindowsProfile#builder(String, Abi)} for the defaults. */
    public static final class Builder {
        private final String name;
        private final Abi abi;
        private final Map<RasCharset, Set<RasConnVersion>> connVersions = new EnumMap<>(RasCharset.class);
        private final Map<RasCharset, Set<RasConnStatusVersion>> statusVersions = new EnumMap<>(RasCharset.class);
        private final Map<RasCharset, ValidationOrder> validationOrder = new EnumMap<>(RasCharset.class);
        private boolean nullBufferSizeQuery;
        private boolean dialingIsListed;
        private boolean ownerFlags;
        private Charset ansiCharset = Charset.forName("windows-1252");

        private Builder(String name, Abi abi) {
            this.name = Objects.requireNonNull(name, "name");
            this.abi = Objects.requireNonNull(abi, "abi");
            for (RasCharset charset : RasCharset.values()) {
                connVersions.put(charset, EnumSet.range(RasConnVersion.V351, RasConnVersion.V501));
                statusVersions.put(charset, EnumSet.range(RasConnStatusVersion.V351, RasConnStatusVersion.V401));
            }
            validationOrder.put(RasCharset.A, ValidationOrder.POINTERS_THEN_SIZE);
            validationOrder.put(RasCharset.W, ValidationOrder.SIZE_THEN_POINTERS);
        }

        private Builder(WindowsProfile p) {
            this(p.name, p.abi);
            connVersions.putAll(p.connVersions);
            statusVersions.putAll(p.statusVersions);
            validationOrder.putAll(p.validationOrder);
            nullBufferSizeQuery = p.nullBufferSizeQuery;
            dialingIsListed = p.dialingIsListed;
            ownerFlags = p.ownerFlags;
            ansiCharset = p.ansiCharset;
        }

        /** The accepted {@code RASCONN} versions in both charsets (at least one). */
        public Builder connVersions(Set<RasConnVersion> versions) {
            for (RasCharset charset : RasCharset.values()) {
                connVersions(charset, versions);
            }
            return this;
        }

        /** The accepted {@code RASCONN} versions of {@code charset} (at least one). */
        public Builder connVersions(RasCharset charset, Set<RasConnVersion> versions) {
            connVersions.put(Objects.requireNonNull(charset, "charset"), nonEmpty(versions));
            return this;
        }

        /** The accepted {@code RASCONNSTATUS} versions in both charsets (at least one). */
        public Builder statusVersions(Set<RasConnStatusVersion> versions) {
            for (RasCharset charset : RasCharset.values()) {
                statusVersions(charset, versions);
            }
            return this;
        }

        /** The accepted {@code RASCONNSTATUS} versions of {@code charset} (at least one). */
        public Builder statusVersions(RasCharset charset, Set<RasConnStatusVersion> versions) {
            statusVersions.put(Objects.requireNonNull(charset, "charset"), nonEmpty(versions));
            return this;
        }

        /** The check {@code RasEnumConnections} in {@code charset} makes first. */
        public Builder validationOrder(RasCharset charset, ValidationOrder order) {
            validationOrder.put(Objects.requireNonNull(charset, "charset"), Objects.requireNonNull(order, "order"));
            return this;
        }

        /** Whether a NULL buffer is the size query (Vista and later) rather than 632. */
        public Builder nullBufferSizeQuery(boolean value) {
            nullBufferSizeQuery = value;
            return this;
        }

        /** Whether dialling connections are listed (Windows 95/98/Me). */
        public Builder dialingIsListed(boolean value) {
            dialingIsListed = value;
            return this;
        }

        /** Whether {@code RASCF_OwnerKnown}/{@code RASCF_OwnerMatch} exist (Vista and later). */
        public Builder ownerFlags(boolean value) {
            ownerFlags = value;
            return this;
        }

        /** The ANSI code page of the {@code A} functions. */
        public Builder ansiCharset(Charset value) {
            ansiCharset = Objects.requireNonNull(value, "ansiCharset");
            return this;
        }

        /** The profile. */
        public WindowsProfile build() {
            return new WindowsProfile(this);
        }

        private static <V extends Enum<V>> Set<V> nonEmpty(Set<V> versions) {
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("a Windows version accepts at least one structure version");
            }
            return EnumSet.copyOf(versions);
        }
    }
}
