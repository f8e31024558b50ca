package org.ras4j.spi;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.codec.RasPppIpLayout;
import org.ras4j.codec.RasPppIpVersion;

/**
 * How one Windows version's {@code rasapi32} behaves, as data: the one description that the
 * simulator's rules, the TCK's requirements and the command line all read (in the manner of Jimfs'
 * {@code Configuration}: nothing asks which Windows it is, everything reads these facts).
 *
 * <p>The facts, each with its evidence in {@code docs/contract.md} ("The profiles"):
 * <ul>
 *   <li>the {@link #abi() ABI} whose layouts the calls read and write;</li>
 *   <li>the {@code RASCONN} and {@code RASCONNSTATUS} versions whose {@code dwSize} each charset
 *       accepts ({@code ras.h} adds members under {@code WINVER} 0x400 … 0x601; a Windows version
 *       accepts its own structures and every older one);</li>
 *   <li>the {@link SizeQuery size query}: what a NULL {@code lprasconn} answers;</li>
 *   <li>the {@link ValidationOrder order of argument checks} per charset;</li>
 *   <li>whether a {@link #dialingIsListed() dialling connection is listed} (Windows 95/98/Me);</li>
 *   <li>whether {@link #ownerFlags() RASCF_OwnerKnown/OwnerMatch} exist;</li>
 *   <li>the {@link #ansiCharset() ANSI code page} of the {@code A} functions;</li>
 *   <li>whether {@link #statistics() RasGetConnectionStatistics and RasGetLinkStatistics} exist
 *       (Windows 2000 and later), the {@link #pppIpVersions RASPPPIP versions} {@code RasGetProjectionInfo}
 *       accepts, whether it knows {@link #pppIpv6() RASP_PppIpv6} (Vista and later), and whether
 *       {@link #projectionInfoEx() RasGetProjectionInfoEx} exists (Windows 7 and later):
 *       docs/contract.md §8.</li>
 * </ul>
 * A new fact (a function later Windows versions have, a structure's versions) is one field here, one
 * builder method, and one line in {@code KnownProfiles} for the versions where it differs from the
 * builder's starting point.
 *
 * <p>The ready-made profiles are named {@code windows<version><abi>}: {@link #windows95x86()} …
 * {@link #windows11x64()}; {@link #all()} lists them and {@link #id()} is the factory's name in
 * lower case ({@code windowsxpx86}). A custom profile starts from the nearest real one:
 * {@code WindowsProfile.windows10x64().toBuilder().name("My VPN box (x64)").dialingIsListed(true).build()}.
 * Instances are immutable and thread-safe; two are equal when every fact and the name agree.
 */
public final class WindowsProfile {

    /** What {@code RasEnumConnections} answers to {@code lprasconn = NULL}. */
    public enum SizeQuery {
        /**
         * The current documentation (Vista and later): {@code ERROR_BUFFER_TOO_SMALL} (603) with the
         * size of that many newest {@code RASCONN}s in {@code *lpcb}, or success with no connections.
         */
        NULL_BUFFER_REPORTS_SIZE,
        /**
         * Windows 2000/XP and older: there is no {@code dwSize} to read, so {@code ERROR_INVALID_SIZE}
         * (632); callers size with a one-entry buffer whose {@code dwSize} is set.
         */
        NULL_BUFFER_INVALID_SIZE
    }

    /** Which argument check of {@code RasEnumConnections} comes first when several fail. */
    public enum ValidationOrder {
        /** NULL {@code lpcb}/{@code lpcConnections} (87) before the {@code dwSize} (632): 2000/XP {@code A}. */
        POINTERS_THEN_SIZE,
        /** The {@code dwSize} or a NULL buffer (632) before the NULL pointers (87): 2000/XP {@code W}. */
        SIZE_THEN_POINTERS
    }

    private final String name;
    private final Abi abi;
    private final Map<RasCharset, Set<RasConnVersion>> connVersions;
    private final Map<RasCharset, Set<RasConnStatusVersion>> statusVersions;
    private final Map<RasCharset, ValidationOrder> validationOrder;
    private final SizeQuery sizeQuery;
    private final boolean dialingIsListed;
    private final boolean ownerFlags;
    private final Charset ansiCharset;
    private final boolean statistics;
    private final Map<RasCharset, Set<RasPppIpVersion>> pppIpVersions;
    private final boolean pppIpv6;
    private final boolean projectionInfoEx;

    private WindowsProfile(Builder b) {
        this.name = b.name;
        this.abi = b.abi;
        this.connVersions = frozen(b.connVersions);
        this.statusVersions = frozen(b.statusVersions);
        this.validationOrder = Collections.unmodifiableMap(new EnumMap<>(b.validationOrder));
        this.sizeQuery = b.sizeQuery;
        this.dialingIsListed = b.dialingIsListed;
        this.ownerFlags = b.ownerFlags;
        this.ansiCharset = b.ansiCharset;
        this.statistics = b.statistics;
        this.pppIpVersions = frozen(b.pppIpVersions);
        this.pppIpv6 = b.pppIpv6;
        this.projectionInfoEx = b.projectionInfoEx;
    }

    private static <V extends Enum<V>> Map<RasCharset, Set<V>> frozen(Map<RasCharset, Set<V>> map) {
        Map<RasCharset, Set<V>> copy = new EnumMap<>(RasCharset.class);
        map.forEach((charset, set) -> copy.put(charset, Collections.unmodifiableSet(EnumSet.copyOf(set))));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * A builder with Windows XP's facts, the starting point of the ready-made profiles.
     *
     * @param name a {@code RASCONNSTATE} name, e.g. {@code RASCS_Connected} or {@code Connected}
     * @param abi the abi
     * @return this builder
     */
    static Builder builder(String name, Abi abi) {
        return new Builder(name, abi);
    }

    /** {@return this profile's facts in a builder, to describe a variant of this Windows} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return the profile of Windows 95 (x86): {@code RASCONN} and {@code RASCONNSTATUS} up to V400, dialling connections listed} */
    public static WindowsProfile windows95x86() {
        return KnownProfiles.WINDOWS_95_X86;
    }

    /** {@return the profile of Windows 98 (x86): {@code RASCONN} up to V401 (multilink), dialling connections listed} */
    public static WindowsProfile windows98x86() {
        return KnownProfiles.WINDOWS_98_X86;
    }

    /** {@return the profile of Windows Me (x86): as Windows 98} */
    public static WindowsProfile windowsMex86() {
        return KnownProfiles.WINDOWS_ME_X86;
    }

    /** {@return the profile of Windows NT 4.0 (x86): {@code RASCONN} up to V401} */
    public static WindowsProfile windowsNt4x86() {
        return KnownProfiles.WINDOWS_NT4_X86;
    }

    /** {@return the profile of Windows 2000 (x86): {@code RASCONN} up to V500, a NULL buffer answers 632} */
    public static WindowsProfile windows2000x86() {
        return KnownProfiles.WINDOWS_2000_X86;
    }

    /** {@return the profile of Windows XP (x86): {@code RASCONN} up to V501, a NULL buffer answers 632} */
    public static WindowsProfile windowsXpx86() {
        return KnownProfiles.WINDOWS_XP_X86;
    }

    /** {@return the profile of Windows XP Professional x64 Edition: as Windows XP (x86), with x64 layouts} */
    public static WindowsProfile windowsXpx64() {
        return KnownProfiles.WINDOWS_XP_X64;
    }

    /** {@return the profile of Windows Vista (x86): {@code RASCONN} up to V600, the NULL-buffer size query, owner flags} */
    public static WindowsProfile windowsVistax86() {
        return KnownProfiles.WINDOWS_VISTA_X86;
    }

    /** {@return the profile of Windows Vista (x64): as Vista (x86), with x64 layouts} */
    public static WindowsProfile windowsVistax64() {
        return KnownProfiles.WINDOWS_VISTA_X64;
    }

    /** {@return the profile of Windows 7 (x86): as Vista, and {@code RASCONNSTATUS} V601} */
    public static WindowsProfile windows7x86() {
        return KnownProfiles.WINDOWS_7_X86;
    }

    /** {@return the profile of Windows 7 (x64): as Windows 7 (x86), with x64 layouts} */
    public static WindowsProfile windows7x64() {
        return KnownProfiles.WINDOWS_7_X64;
    }

    /** {@return the profile of Windows 10 (x86): as Windows 7} */
    public static WindowsProfile windows10x86() {
        return KnownProfiles.WINDOWS_10_X86;
    }

    /** {@return the profile of Windows 10 (x64): as Windows 7} */
    public static WindowsProfile windows10x64() {
        return KnownProfiles.WINDOWS_10_X64;
    }

    /** {@return the profile of Windows 11 (x64; there is no x86 Windows 11): as Windows 10} */
    public static WindowsProfile windows11x64() {
        return KnownProfiles.WINDOWS_11_X64;
    }

    /** {@return every ready-made profile, oldest Windows first} */
    public static List<WindowsProfile> all() {
        return KnownProfiles.ALL;
    }

    /**
     * The ready-made profile whose {@link #id()} is {@code id}, compared without regard to case and
     * to anything but letters and digits ({@code "Windows XP (x86)"} finds {@code windowsxpx86}).
     *
     * @param id an id such as {@code windowsxpx86}, or a profile's name
     * @return the profile, or empty when no ready-made profile has that id
     */
    public static Optional<WindowsProfile> byId(String id) {
        String wanted = idOf(Objects.requireNonNull(id, "id"));
        return all().stream().filter(p -> p.id().equals(wanted)).findFirst();
    }

    /** {@return a name for messages and reports, e.g. {@code Windows XP (x86)}} */
    public String name() {
        return name;
    }

    /**
     * {@return the name in lower case with everything but ASCII letters and digits removed, e.g.
     * {@code windowsxpx86}: what the command line and scenario files call the profile}
     */
    public String id() {
        return idOf(name);
    }

    private static String idOf(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** {@return the ABI whose structure layouts the calls read and write} */
    public Abi abi() {
        return abi;
    }

    /**
     * {@return the {@code RASCONN} versions whose {@code dwSize} {@code RasEnumConnections} accepts in {@code charset}}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public Set<RasConnVersion> connVersions(RasCharset charset) {
        return connVersions.get(Objects.requireNonNull(charset, "charset"));
    }

    /**
     * {@return the {@code RASCONNSTATUS} versions whose {@code dwSize} {@code RasGetConnectStatus} accepts in {@code charset}}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public Set<RasConnStatusVersion> statusVersions(RasCharset charset) {
        return statusVersions.get(Objects.requireNonNull(charset, "charset"));
    }

    /**
     * {@return the newest accepted {@code RASCONN} version in {@code charset}: what a NULL-buffer size query sizes}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public RasConnVersion newestConnVersion(RasCharset charset) {
        return Collections.max(connVersions(charset));
    }

    /**
     * {@return the newest accepted {@code RASCONNSTATUS} version in {@code charset}}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public RasConnStatusVersion newestStatusVersion(RasCharset charset) {
        return Collections.max(statusVersions(charset));
    }

    /**
     * {@return every accepted {@code RASCONN} layout of {@code charset} on this ABI, oldest first}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public List<RasConnLayout> connLayouts(RasCharset charset) {
        return connVersions(charset).stream().sorted().map(v -> RasConnLayout.of(v, charset, abi)).toList();
    }

    /**
     * {@return every accepted {@code RASCONNSTATUS} layout of {@code charset}, oldest first}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public List<RasConnStatusLayout> statusLayouts(RasCharset charset) {
        return statusVersions(charset).stream().sorted().map(v -> RasConnStatusLayout.of(v, charset, abi)).toList();
    }

    /**
     * {@return the newest accepted {@code RASCONN} layout of {@code charset}}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public RasConnLayout newestConnLayout(RasCharset charset) {
        return RasConnLayout.of(newestConnVersion(charset), charset, abi);
    }

    /**
     * {@return the newest accepted {@code RASCONNSTATUS} layout of {@code charset}}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public RasConnStatusLayout newestStatusLayout(RasCharset charset) {
        return RasConnStatusLayout.of(newestStatusVersion(charset), charset, abi);
    }

    /**
     * The accepted {@code RASCONN} layout a caller's {@code dwSize} stands for, as
     * {@code RasEnumConnections} identifies the version of a buffer; empty when that charset
     * accepts no {@code RASCONN} of that size (the call answers {@code ERROR_INVALID_SIZE}).
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     * @param dwSize the {@code dwSize} in the first four bytes of a caller's buffer
     * @return the layout, or empty for a size this charset does not accept
     */
    public Optional<RasConnLayout> connLayout(RasCharset charset, int dwSize) {
        return RasConnLayout.forSize(dwSize, charset, abi).filter(l -> connVersions(charset).contains(l.version()));
    }

    /**
     * {@return the accepted {@code RASCONNSTATUS} layout {@code dwSize} stands for; empty when there is none}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     * @param dwSize the {@code dwSize} in the first four bytes of a caller's buffer
     */
    public Optional<RasConnStatusLayout> statusLayout(RasCharset charset, int dwSize) {
        return RasConnStatusLayout.forSize(dwSize, charset, abi)
                .filter(l -> statusVersions(charset).contains(l.version()));
    }

    /** {@return what a NULL {@code lprasconn} answers} */
    public SizeQuery sizeQuery() {
        return sizeQuery;
    }

    /**
     * {@return which check {@code RasEnumConnections} in {@code charset} makes first}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public ValidationOrder validationOrder(RasCharset charset) {
        return validationOrder.get(Objects.requireNonNull(charset, "charset"));
    }

    /**
     * {@return whether a connection is listed as soon as it starts dialling (Windows 95/98/Me)
     * rather than once it is connected (Windows NT and later)}
     */
    public boolean dialingIsListed() {
        return dialingIsListed;
    }

    /** {@return whether {@code RASCF_OwnerKnown} and {@code RASCF_OwnerMatch} exist (Vista and later)} */
    public boolean ownerFlags() {
        return ownerFlags;
    }

    /**
     * Whether {@code RasConnectionNotification} exists: {@code ras.h} gives it its generic name with
     * the {@code WINVER 0x401} functions, the level that also adds {@code RASCONN} V401, so it is
     * derived from that version rather than declared apart: Windows 98, Me, NT 4 and later have it,
     * Windows 95 has not (docs/contract.md C-NOTIFY-01).
     *
     * @return whether {@code RasConnectionNotification} exists: {@code ras.h} gives it its generic name with the {@code WINVER 0x401} functions, the level that also adds {@code RASCONN} V401, so it is derived from that version rather than declared apart: Windows 98, Me, NT 4 and later have it, Windows 95 has not (docs/contract.md C-NOTIFY-01)
     */
    public boolean connectionNotification() {
        return connVersions.get(RasCharset.W).contains(RasConnVersion.V401);
    }

    /** {@return the ANSI code page the {@code A} functions convert text to} */
    public Charset ansiCharset() {
        return ansiCharset;
    }

    /**
     * {@return whether {@code RasGetConnectionStatistics} and {@code RasGetLinkStatistics} exist
     * (Windows 2000 and later, docs/contract.md §8, C-STATS-01); where they do not, a backend
     * answers {@code ERROR_PROC_NOT_FOUND} (127, C-ERR-05)}
     */
    public boolean statistics() {
        return statistics;
    }

    /**
     * {@return the {@code RASPPPIP} versions whose {@code dwSize} {@code RasGetProjectionInfo} accepts in {@code charset}}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public Set<RasPppIpVersion> pppIpVersions(RasCharset charset) {
        return pppIpVersions.get(Objects.requireNonNull(charset, "charset"));
    }

    /**
     * {@return every accepted {@code RASPPPIP} layout of {@code charset}, oldest first}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public List<RasPppIpLayout> pppIpLayouts(RasCharset charset) {
        return pppIpVersions(charset).stream().sorted().map(v -> RasPppIpLayout.of(v, charset, abi)).toList();
    }

    /**
     * {@return the newest accepted {@code RASPPPIP} layout of {@code charset}: what a NULL-buffer size query sizes}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public RasPppIpLayout newestPppIpLayout(RasCharset charset) {
        return RasPppIpLayout.of(Collections.max(pppIpVersions(charset)), charset, abi);
    }

    /**
     * {@return the accepted {@code RASPPPIP} layout {@code dwSize} stands for; empty when there is none}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     * @param dwSize the {@code dwSize} in the first four bytes of a caller's buffer
     */
    public Optional<RasPppIpLayout> pppIpLayout(RasCharset charset, int dwSize) {
        return RasPppIpLayout.forSize(dwSize, charset, abi).filter(l -> pppIpVersions(charset).contains(l.version()));
    }

    /**
     * {@return whether {@code RasGetProjectionInfo} knows {@code RASP_PppIpv6} and {@code RASPPPIPV6} (Vista and later)}
     */
    public boolean pppIpv6() {
        return pppIpv6;
    }

    /**
     * {@return whether {@code RasGetProjectionInfoEx} exists (Windows 7 and later); else a backend answers 127}
     */
    public boolean projectionInfoEx() {
        return projectionInfoEx;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WindowsProfile p && name.equals(p.name) && abi == p.abi
                && connVersions.equals(p.connVersions) && statusVersions.equals(p.statusVersions)
                && validationOrder.equals(p.validationOrder) && sizeQuery == p.sizeQuery
                && dialingIsListed == p.dialingIsListed && ownerFlags == p.ownerFlags
                && ansiCharset.equals(p.ansiCharset) && statistics == p.statistics
                && pppIpVersions.equals(p.pppIpVersions) && pppIpv6 == p.pppIpv6
                && projectionInfoEx == p.projectionInfoEx;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, abi, connVersions, statusVersions, validationOrder, sizeQuery, dialingIsListed,
                ownerFlags, ansiCharset, statistics, pppIpVersions, pppIpv6, projectionInfoEx);
    }

    /**
     * {@return the name, e.g. {@code Windows XP (x86)}}
     */
    @Override
    public String toString() {
        return name;
    }

    /** Builds a {@link WindowsProfile} from the facts of the profile it started from ({@link WindowsProfile#toBuilder()}). */
    public static final class Builder {
        private String name;
        private Abi abi;
        private final Map<RasCharset, Set<RasConnVersion>> connVersions = new EnumMap<>(RasCharset.class);
        private final Map<RasCharset, Set<RasConnStatusVersion>> statusVersions = new EnumMap<>(RasCharset.class);
        private final Map<RasCharset, ValidationOrder> validationOrder = new EnumMap<>(RasCharset.class);
        private SizeQuery sizeQuery = SizeQuery.NULL_BUFFER_INVALID_SIZE;
        private boolean dialingIsListed;
        private boolean ownerFlags;
        private Charset ansiCharset = Charset.forName("windows-1252");
        private boolean statistics = true;
        private final Map<RasCharset, Set<RasPppIpVersion>> pppIpVersions = new EnumMap<>(RasCharset.class);
        private boolean pppIpv6;
        private boolean projectionInfoEx;

        private Builder(String name, Abi abi) {
            name(name);
            abi(abi);
            for (RasCharset charset : RasCharset.values()) {
                connVersions.put(charset, EnumSet.range(RasConnVersion.V351, RasConnVersion.V501));
                statusVersions.put(charset, EnumSet.range(RasConnStatusVersion.V351, RasConnStatusVersion.V401));
                pppIpVersions.put(charset, EnumSet.allOf(RasPppIpVersion.class));
            }
            validationOrder.put(RasCharset.A, ValidationOrder.POINTERS_THEN_SIZE);
            validationOrder.put(RasCharset.W, ValidationOrder.SIZE_THEN_POINTERS);
        }

        private Builder(WindowsProfile p) {
            this(p.name, p.abi);
            connVersions.putAll(p.connVersions);
            statusVersions.putAll(p.statusVersions);
            validationOrder.putAll(p.validationOrder);
            sizeQuery = p.sizeQuery;
            dialingIsListed = p.dialingIsListed;
            ownerFlags = p.ownerFlags;
            ansiCharset = p.ansiCharset;
            statistics = p.statistics;
            pppIpVersions.putAll(p.pppIpVersions);
            pppIpv6 = p.pppIpv6;
            projectionInfoEx = p.projectionInfoEx;
        }

        /**
         * The name for messages; its letters and digits make the {@link WindowsProfile#id() id}.
         *
         * @param value the new value
         * @return this builder
         * @throws IllegalArgumentException if it has no ASCII letter or digit
         */
        public Builder name(String value) {
            if (idOf(Objects.requireNonNull(value, "name")).isEmpty()) {
                throw new IllegalArgumentException("a profile name needs a letter or digit: '" + value + "'");
            }
            name = value;
            return this;
        }

        /**
         * The ABI whose layouts the calls read and write.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder abi(Abi value) {
            abi = Objects.requireNonNull(value, "abi");
            return this;
        }

        /**
         * The accepted {@code RASCONN} versions in both charsets (at least one).
         *
         * @param versions the accepted versions, at least one
         * @return this builder
         */
        public Builder connVersions(Set<RasConnVersion> versions) {
            for (RasCharset charset : RasCharset.values()) {
                connVersions(charset, versions);
            }
            return this;
        }

        /**
         * The accepted {@code RASCONN} versions of {@code charset} (at least one).
         *
         * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
         * @param versions the accepted versions, at least one
         * @return this builder
         */
        public Builder connVersions(RasCharset charset, Set<RasConnVersion> versions) {
            connVersions.put(Objects.requireNonNull(charset, "charset"), nonEmpty(versions));
            return this;
        }

        /**
         * The accepted {@code RASCONNSTATUS} versions in both charsets (at least one).
         *
         * @param versions the accepted versions, at least one
         * @return this builder
         */
        public Builder statusVersions(Set<RasConnStatusVersion> versions) {
            for (RasCharset charset : RasCharset.values()) {
                statusVersions(charset, versions);
            }
            return this;
        }

        /**
         * The accepted {@code RASCONNSTATUS} versions of {@code charset} (at least one).
         *
         * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
         * @param versions the accepted versions, at least one
         * @return this builder
         */
        public Builder statusVersions(RasCharset charset, Set<RasConnStatusVersion> versions) {
            statusVersions.put(Objects.requireNonNull(charset, "charset"), nonEmpty(versions));
            return this;
        }

        /**
         * What a NULL {@code lprasconn} answers.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder sizeQuery(SizeQuery value) {
            sizeQuery = Objects.requireNonNull(value, "sizeQuery");
            return this;
        }

        /**
         * The check {@code RasEnumConnections} in {@code charset} makes first.
         *
         * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
         * @param order the check made first
         * @return this builder
         */
        public Builder validationOrder(RasCharset charset, ValidationOrder order) {
            validationOrder.put(Objects.requireNonNull(charset, "charset"), Objects.requireNonNull(order, "order"));
            return this;
        }

        /**
         * Whether dialling connections are listed (Windows 95/98/Me).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder dialingIsListed(boolean value) {
            dialingIsListed = value;
            return this;
        }

        /**
         * Whether {@code RASCF_OwnerKnown}/{@code RASCF_OwnerMatch} exist (Vista and later).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder ownerFlags(boolean value) {
            ownerFlags = value;
            return this;
        }

        /**
         * The ANSI code page of the {@code A} functions.
         *
         * @param value the new value
         * @return this builder
         */
        public Builder ansiCharset(Charset value) {
            ansiCharset = Objects.requireNonNull(value, "ansiCharset");
            return this;
        }

        /**
         * Whether {@code RasGetConnectionStatistics} and {@code RasGetLinkStatistics} exist (2000 and later).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder statistics(boolean value) {
            statistics = value;
            return this;
        }

        /**
         * The accepted {@code RASPPPIP} versions in both charsets (at least one).
         *
         * @param versions the accepted versions, at least one
         * @return this builder
         */
        public Builder pppIpVersions(Set<RasPppIpVersion> versions) {
            for (RasCharset charset : RasCharset.values()) {
                pppIpVersions.put(charset, nonEmpty(versions));
            }
            return this;
        }

        /**
         * Whether {@code RasGetProjectionInfo} knows {@code RASP_PppIpv6} (Vista and later).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder pppIpv6(boolean value) {
            pppIpv6 = value;
            return this;
        }

        /**
         * Whether {@code RasGetProjectionInfoEx} exists (Windows 7 and later).
         *
         * @param value the new value
         * @return this builder
         */
        public Builder projectionInfoEx(boolean value) {
            projectionInfoEx = value;
            return this;
        }

        /** {@return the profile} */
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
