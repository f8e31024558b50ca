package org.ras4j.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ras4j.RasBackends;
import org.ras4j.RasClient;
import org.ras4j.codec.AnsiCodePage;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.RasBackendProvider;
import picocli.CommandLine.Option;

/**
 * The options that choose what {@code ras4j} talks to, shared by every subcommand: the backend,
 * the charset of the RAS functions, for the simulator its Windows profile and scenario, or a trace
 * to replay.
 */
final class BackendOptions {
    /** The provider name of ras-native-jna. */
    static final String NATIVE = "native";
    /** The name of the simulator backend. */
    static final String SIM = "sim";

    @Option(names = "--backend", paramLabel = "<name>",
            description = "native (rasapi32.dll, Windows only) or sim (the simulator); any other installed"
                + " backend by its provider name. Default: native on Windows; elsewhere the simulator's"
                + " built-in demo scenario, with a note that it is simulated.")
    private String backend;

    @Option(names = "--charset", paramLabel = "A|W", defaultValue = "W",
            description = "Call the A (ANSI) or W (UTF-16) functions. Default: ${DEFAULT-VALUE}.")
    private RasCharset charset;

    @Option(names = "--ansi-codepage", paramLabel = "<charset>", converter = CharsetConverter.class,
            description = "Code page of A text, e.g. windows-1252. Default: the simulator profile's,"
                + " or the platform's ANSI code page for a real backend.")
    private Charset ansiCodePage;

    @Option(names = "--profile", paramLabel = "<profile>",
            description = "Simulator Windows profile (implies --backend sim), one of:"
                + " ${COMPLETION-CANDIDATES}. Default: " + SimulatorSessions.DEFAULT_PROFILE + ".",
            completionCandidates = ProfileNames.class)
    private String profile;

    @Option(names = "--scenario", paramLabel = "<file>", converter = PathConverter.class,
            description = "Simulator scenario file, JSON of at most 16 MiB (implies --backend sim; format in"
                + " README.md). Default: the built-in demo scenario.")
    private Path scenario;

    @Option(names = "--replay", paramLabel = "<file>", converter = PathConverter.class,
            description = "Answer from a trace that 'ras4j capture' recorded (docs/trace-format.md) instead of a"
                + " backend; not with --backend, --profile or --scenario.")
    private Path replay;

    /**
     * {@return whether {@code --replay} was given}
     */
    boolean replaying() {
        return replay != null;
    }

    /**
     * Opens the session these options ask for; with no backend named, the native one where it
     * works, otherwise the simulator's demo scenario with a {@linkplain Session#notices() notice}
     * that says so. With {@code --charset A} over a real backend and no {@code --ansi-codepage},
     * a notice says which code page decodes the text where that is not evident ({@link AnsiNotice}).
     *
     * @throws UsageException if the options contradict each other or the backend is not usable here
     */
    Session open() {
        boolean simulatorOptions = profile != null || scenario != null;
        if (replay != null) {
            if (backend != null || simulatorOptions) {
                throw new UsageException("--replay answers from a trace; it takes no --backend, --profile or"
                        + " --scenario");
            }
            return ReplaySessions.open(replay, charset, Optional.ofNullable(ansiCodePage));
        }
        if (backend == null) {
            if (simulatorOptions) {
                return simulator();
            }
            Optional<RasBackendProvider> nativeProvider = RasBackends.providers().stream()
                    .filter(p -> p.name().equals(NATIVE) && p.isSupported())
                    .findFirst();
            if (nativeProvider.isPresent()) {
                try {
                    return real(NATIVE, nativeProvider.get().create());
                } catch (IllegalStateException unavailable) {
                    throw new UsageException("the native backend cannot start: " + unavailable.getMessage()
                            + "; the simulator works everywhere: --backend sim", unavailable);
                }
            }
            return simulator().withNotice("ras4j: no native RAS on " + System.getProperty("os.name")
                    + "; showing the simulator's built-in demo scenario (simulated, not real connections).");
        }
        if (backend.equals(SIM)) {
            return simulator();
        }
        if (simulatorOptions) {
            throw new UsageException("--profile and --scenario work only with the simulator (--backend sim)");
        }
        try {
            return real(backend, RasBackends.named(backend));
        } catch (IllegalStateException unavailable) {
            throw new UsageException(unavailable.getMessage(), unavailable);
        }
    }

    private Session real(String name, RasBackend rasBackend) {
        Charset ansi = ansiCodePage != null ? ansiCodePage : AnsiCodePage.platform();
        RasClient client = RasClient.builder(rasBackend)
                .charset(charset)
                .ansiCharset(ansi)
                .build();
        Session session = new Session(client, name, Optional.empty(), Optional.empty(), charset, Optional.empty(),
                List.of());
        Optional<String> notice = charset == RasCharset.A && ansiCodePage == null
                ? AnsiNotice.of(ansi, Charset.defaultCharset(), System.getProperty("os.name", ""))
                : Optional.empty();
        return notice.map(session::withNotice).orElse(session);
    }

    private Session simulator() {
        return SimulatorSessions.open(Optional.ofNullable(profile), Optional.ofNullable(scenario), charset,
                Optional.ofNullable(ansiCodePage));
    }
}
