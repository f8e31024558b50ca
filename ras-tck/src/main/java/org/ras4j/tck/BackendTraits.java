package org.ras4j.tck;

import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;

/**
 * The declared facts of the Windows version a backend behaves as: what the requirements that differ
 * between Windows versions are checked against.
 *
 * <p>Windows 2000/XP and the current documentation disagree on a few points of
 * {@code RasEnumConnections} (the NULL size query, the order of argument checks); each Windows
 * version accepts its own set of structure versions ({@code dwSize} values). A backend author
 * declares these once with {@link #builder(Abi)}; the contract never guesses them.
 * Instances are immutable.
 */
public final class BackendTraits {

    /** What {@code RasEnumConnections} does with {@code lprasconn = NULL}. */
    public enum SizeQuery {
        /**
         * The current documentation: a NULL buffer with {@code *lpcb = 0} returns
         * {@code ERROR_BUFFER_TOO_SMALL} (603) and the required size in {@code *lpcb}, or
         * {@code ERROR_SUCCESS} with no connections.
         */
        NULL_BUFFER_REPORTS_SIZE,
        /**
         * Windows 2000/XP: there is no {@code dwSize} to read, so a NULL buffer returns
         * {@code ERROR_INVALID_SIZE} (632); callers size with a one-entry buffer instead.
         */
        NULL_BUFFER_INVALID_SIZE
    }

    /** Which argument check of {@code RasEnumConnections} comes first when several fail. */
    public enum ValidationOrder {
        /** NULL {@code lpcb}/{@code lpcConnections} (87) before {@code dwSize} (632): XP's {@code A}. */
        POINTERS_THEN_SIZE,
        /** {@code dwSize} and a NULL buffer (632) before the NULL pointers (87): XP's {@code W}. */
        SIZE_THEN_POINTERS
    }

    private final Abi abi;
    private final Map<RasCharset, Set<RasConnVersion>> connVersions;
    private final Map<RasCharset, Set<RasConnStatusVersion>> statusVersions;
    private final Map<RasCharset, ValidationOrder> validationOrder;
    private final SizeQuery sizeQuery;
    private final boolean dialingIsListed;
    private final Charset ansiCharset;

    private BackendTraits(Builder b) {
        this.abi = b.abi;
        this.connVersions = immutable(b.connVersions);
        this.statusVersions = immutable(b.statusVersions);
        this.validationOrder = Map.copyOf(b.validationOrder);
        this.sizeQuery = b.sizeQuery;
        this.dialingIsListed = b.dialingIsListed;
        this.ansiCharset = b.ansiCharset;
    }

    private static <V> Map<RasCharset, Set<V>> immutable(Map<RasCharset, Set<V>> map) {
        Map<RasCharset, Set<V>> copy = new EnumMap<>(RasCharset.class);
        map.forEach((charset, set) -> copy.put(charset, Set.copyOf(set)));
        return Map.copyOf(copy);
    }

    /**
     * A builder for a backend of {@code abi}. Its defaults are Windows XP's: {@code RASCONN} V351
     * to V501 and {@code RASCONNSTATUS} V351 to V401 in both charsets, the NULL buffer rejected
     * with 632, {@code A} checking pointers first and {@code W} the size first, dialling
     * connections not listed, ANSI text in windows-1252.
     */
    public static Builder builder(Abi abi) {
        return new Builder(abi);
    }

    /** The ABI whose layouts the backend reads and writes; {@link org.ras4j.spi.RasBackend#abi()} must agree. */
    public Abi abi() {
        return abi;
    }

    /** The {@code RASCONN} versions whose {@code dwSize} {@code RasEnumConnections} accepts in {@code charset}. */
    public Set<RasConnVersion> connVersions(RasCharset charset) {
        return connVersions.get(charset);
    }

    /** The {@code RASCONNSTATUS} versions whose {@code dwSize} {@code RasGetConnectStatus} accepts in {@code charset}. */
    public Set<RasConnStatusVersion> statusVersions(RasCharset charset) {
        return statusVersions.get(charset);
    }

    /** The newest accepted {@code RASCONN} version in {@code charset}. */
    public RasConnVersion newestConnVersion(RasCharset charset) {
        return connVersions(charset).stream().max(Enum::compareTo).orElseThrow();
    }

    /** The newest accepted {@code RASCONNSTATUS} version in {@code charset}. */
    public RasConnStatusVersion newestStatusVersion(RasCharset charset) {
        return statusVersions(charset).stream().max(Enum::compareTo).orElseThrow();
    }

    /** Which check {@code RasEnumConnections} in {@code charset} makes first. */
    public ValidationOrder validationOrder(RasCharset charset) {
        return validationOrder.get(charset);
    }

    /** What a NULL {@code lprasconn} does. */
    public SizeQuery sizeQuery() {
        return sizeQuery;
    }

    /**
     * Whether a connection is listed as soon as it starts dialling (Windows 95/98/Me) rather than
     * once it is connected (Windows NT and later).
     */
    public boolean dialingIsListed() {
        return dialingIsListed;
    }

    /** The ANSI code page the {@code A} functions convert text to. */
    public Charset ansiCharset() {
        return ansiCharset;
    }

    @Override
    public String toString() {
        return "BackendTraits[" + abi + ", RASCONN " + connVersions + ", RASCONNSTATUS " + statusVersions
                + ", " + sizeQuery + ", order " + validationOrder + ", dialingIsListed=" + dialingIsListed
                + ", ansi=" + ansiCharset + "]";
    }

    /** Builds {@link BackendTraits}; see {@link BackendTraits#builder(Abi)} for the defaults. */
    public static final class Builder {
        private final Abi abi;
        private final Map<RasCharset, Set<RasConnVersion>> connVersions = new EnumMap<>(RasCharset.class);
        private final Map<RasCharset, Set<RasConnStatusVersion>> statusVersions = new EnumMap<>(RasCharset.class);
        private final Map<RasCharset, ValidationOrder> validationOrder = new EnumMap<>(RasCharset.class);
        private SizeQuery sizeQuery = SizeQuery.NULL_BUFFER_INVALID_SIZE;
        private boolean dialingIsListed;
        private Charset ansiCharset = Charset.forName("windows-1252");

        private Builder(Abi abi) {
            this.abi = Objects.requireNonNull(abi, "abi");
            for (RasCharset charset : RasCharset.values()) {
                connVersions.put(charset, EnumSet.range(RasConnVersion.V351, RasConnVersion.V501));
                statusVersions.put(charset, EnumSet.range(RasConnStatusVersion.V351, RasConnStatusVersion.V401));
            }
            validationOrder.put(RasCharset.A, ValidationOrder.POINTERS_THEN_SIZE);
            validationOrder.put(RasCharset.W, ValidationOrder.SIZE_THEN_POINTERS);
        }

        /** The accepted {@code RASCONN} versions of {@code charset} (at least one). */
        public Builder connVersions(RasCharset charset, Set<RasConnVersion> versions) {
            connVersions.put(Objects.requireNonNull(charset, "charset"), nonEmpty(versions));
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

        /** What a NULL {@code lprasconn} does. */
        public Builder sizeQuery(SizeQuery value) {
            sizeQuery = Objects.requireNonNull(value, "sizeQuery");
            return this;
        }

        /** Whether dialling connections are listed (Windows 95/98/Me). */
        public Builder dialingIsListed(boolean value) {
            dialingIsListed = value;
            return this;
        }

        /** The ANSI code page of the {@code A} functions. */
        public Builder ansiCharset(Charset value) {
            ansiCharset = Objects.requireNonNull(value, "ansiCharset");
            return this;
        }

        /** The traits. */
        public BackendTraits build() {
            return new BackendTraits(this);
        }

        private static <V> Set<V> nonEmpty(Set<V> versions) {
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("a backend accepts at least one structure version");
            }
            return Set.copyOf(versions);
        }
    }
}
