package org.ras4j.conformance;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs contract classes with the JUnit Platform Launcher, with every engine on the class path (JUnit
 * Jupiter for the tests, jqwik for the properties), and keeps what each test did: its engine, its
 * requirement id and family, and how it ended.
 *
 * @param outcomes one per test, in the order they finished
 */
record ContractRun(List<Outcome> outcomes) {
    /** The engine of the kit's properties. */
    static final String JQWIK = "jqwik";
    private static final Pattern ID = Pattern.compile("^((?:GEN|ENUM|STATS|STAT|PROJ|CLIENT|NOTIFY|WATCH)-\\d\\d)\\b");
    /**
     * jqwik for a self-test: a property that fails is not shrunk (only that it fails counts), reports go
     * to the Launcher and not to standard output, and every run takes a fresh seed whatever an earlier
     * run of the same contract class stored.
     */
    private static final Map<String, String> QUIET_JQWIK = Map.of(
            "jqwik.shrinking.default", "OFF",
            "jqwik.reporting.usejunitplatform", "true",
            "jqwik.failures.after.default", "RANDOM_SEED");

    /**
     * How one test ended.
     *
     * @param engine      the id of the engine that ran it ({@code junit-jupiter}, {@code jqwik})
     * @param id          its requirement id, or its display name if it has none
     * @param family      its requirement family ({@link Family#of}), {@code null} for a test with no requirement id
     * @param displayName its display name
     * @param status      how it ended
     * @param message     the message of its failure or skip, empty if it passed
     */
    record Outcome(String engine, String id, Family family, String displayName, TestExecutionResult.Status status,
            String message) {
        /** {@return whether it failed on its own requirement, not in the setup the kit names as such} */
        boolean rejects() {
            return status == TestExecutionResult.Status.FAILED && !message.startsWith("setup of ");
        }
    }

    /** Runs every test of {@code contracts} with every engine. */
    static ContractRun of(Class<?>... contracts) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(contracts).map(c -> selectClass(c)).toList())
                .configurationParameters(QUIET_JQWIK)
                .build();
        List<Outcome> outcomes = new ArrayList<>();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    outcomes.add(outcome(test, result.getStatus(), result.getThrowable()));
                }
            }

            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                if (test.isTest()) {
                    outcomes.add(outcome(test, TestExecutionResult.Status.ABORTED, Optional.empty()));
                }
            }
        });
        return new ContractRun(List.copyOf(outcomes));
    }

    /** Runs {@code RasBackendContract} and {@code RasClientContract} (both engines) against {@code subject}. */
    static ContractRun of(Subject subject) {
        return LaunchedContract.running(subject, () -> of(LaunchedContract.class, LaunchedClientContract.class));
    }

    private static Outcome outcome(TestIdentifier test, TestExecutionResult.Status status,
            Optional<Throwable> thrown) {
        String name = test.getDisplayName();
        Matcher m = ID.matcher(name);
        String id = m.find() ? m.group(1) : name;
        String message = thrown.map(t -> String.valueOf(t.getMessage())).orElse("")
                .replaceFirst("^Assumption failed: ", "");
        Family family = Family.isRequirement(id) ? Family.of(id) : null;
        return new Outcome(test.getUniqueIdObject().getEngineId().orElse("?"), id, family, name,
                status, message);
    }

    /** The display names of the failed tests. */
    List<String> failed() {
        return outcomes.stream().filter(o -> o.status() == TestExecutionResult.Status.FAILED)
                .map(o -> o.displayName() + ": " + o.message()).toList();
    }

    /** The reasons the skipped tests gave. */
    List<String> skipped() {
        return outcomes.stream().filter(o -> o.status() == TestExecutionResult.Status.ABORTED)
                .map(o -> o.message().isEmpty() ? o.displayName() : o.message()).toList();
    }

    /** How many tests passed. */
    int succeeded() {
        return (int) outcomes.stream().filter(o -> o.status() == TestExecutionResult.Status.SUCCESSFUL).count();
    }

    /** The requirement ids of the failed tests, sorted. */
    Set<String> failedIds() {
        return ids(o -> o.status() == TestExecutionResult.Status.FAILED);
    }

    /** The requirement ids that {@code engine} ran to an end (passed or failed), sorted. */
    Set<String> ranBy(String engine) {
        return ids(o -> o.engine().equals(engine) && o.status() != TestExecutionResult.Status.ABORTED);
    }

    /**
     * The families with a JUnit Jupiter test that failed on its own requirement ({@link Outcome#rejects}):
     * the same in every run, where a property's random inputs may or may not hit a mistake.
     */
    Set<Family> rejectingFamilies() {
        return outcomes.stream().filter(o -> !o.engine().equals(JQWIK)).filter(Outcome::rejects).map(Outcome::family)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Family.class)));
    }

    /** The failure messages of requirement {@code id}. */
    List<String> failuresOf(String id) {
        return outcomes.stream().filter(o -> o.id().equals(id) && o.status() == TestExecutionResult.Status.FAILED)
                .map(Outcome::message).toList();
    }

    private Set<String> ids(java.util.function.Predicate<Outcome> which) {
        return outcomes.stream().filter(which).map(Outcome::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
