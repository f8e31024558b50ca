package org.ras4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ras4j.RasClient;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/**
 * Opens a simulated session: a {@link SimulatedRas} of a profile, set up from a scenario file or
 * from the built-in demo scenario ({@code demo-scenario.json} next to this class, a scenario file
 * like any other).
 */
final class SimulatorSessions {
    /** The profile used when neither {@code --profile} nor the scenario names one. */
    static final String DEFAULT_PROFILE = "windows10x64";
    /** The name of the built-in scenario in messages and in {@code --json} output. */
    static final String DEMO = "demo";

    private SimulatorSessions() {
    }

    /**
     * A session over a new simulator.
     *
     * @param profileOption the {@code --profile} value, which wins over the scenario's profile
     * @param scenarioFile  the {@code --scenario} file, or empty for the demo scenario
     * @param charset       which functions the client calls
     * @param ansiCodePage  the {@code --ansi-codepage} value; by default the profile's code page
     * @throws UsageException if the file cannot be read ({@link ScenarioFile}) or does not parse, or
     *                        the profile is unknown; the message names the file or the option
     */
    static Session open(Optional<String> profileOption, Optional<Path> scenarioFile, RasCharset charset,
                        Optional<Charset> ansiCodePage) {
        String source = scenarioFile.map(Path::toString).orElse(DEMO);
        Scenario scenario;
        try {
            scenario = ScenarioParser.parse(scenarioFile.map(ScenarioFile::read).orElseGet(SimulatorSessions::demo));
        } catch (ScenarioException bad) {
            throw new UsageException("scenario " + source + ": " + bad.getMessage(), bad);
        }
        WindowsProfile profile;
        try {
            profile = Profiles.byName(profileOption.or(scenario::profile).orElse(DEFAULT_PROFILE));
        } catch (UsageException unknown) {
            if (profileOption.isPresent()) {
                throw new UsageException("--profile: " + unknown.getMessage(), unknown);
            }
            throw new UsageException("scenario " + source + ": profile: " + unknown.getMessage(), unknown);
        }
        SimulatedRas simulator;
        try {
            simulator = scenario.start(profile, charset);
        } catch (ScenarioException refused) {
            throw new UsageException("scenario " + source + ": " + refused.getMessage(), refused);
        }
        RasClient client = RasClient.builder(simulator)
                .charset(charset)
                .ansiCharset(ansiCodePage.orElse(profile.ansiCharset()))
                .build();
        return new Session(client, BackendOptions.SIM, Optional.of(profile.id()),
                Optional.of(source), charset, Optional.of(simulator), List.of());
    }

    /** The text of the built-in demo scenario. */
    static String demo() {
        try (InputStream in = SimulatorSessions.class.getResourceAsStream("demo-scenario.json")) {
            if (in == null) {
                throw new IllegalStateException("demo-scenario.json is missing from the ras4j jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
