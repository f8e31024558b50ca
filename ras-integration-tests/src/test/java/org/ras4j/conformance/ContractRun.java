package org.ras4j.conformance;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the JUnit Jupiter tests of one contract class with the JUnit Platform Launcher and keeps
 * what failed: the display names, and the requirement ids at their start.
 *
 * @param failed    the display names of the failed tests
 * @param skipped   the reasons given by the skipped tests
 * @param succeeded how many tests passed
 */
record ContractRun(List<String> failed, List<String> skipped, int succeeded) {
    private static final Pattern ID = Pattern.compile("^((?:GEN|ENUM|STAT|CLIENT|NOTIFY|WATCH)-\\d\\d)\\b");

    /** Runs every Jupiter test of {@code contract}. */
    static ContractRun of(Class<?> contract) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(contract))
                .filters(EngineFilter.includeEngines("junit-jupiter"))
                .build();
        List<String> failed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int[] succeeded = {0};
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (!test.isTest()) {
                    return;
                }
                if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                    succeeded[0]++;
                } else if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                    failed.add(test.getDisplayName());
                } else {
                    skipped.add(result.getThrowable().map(Throwable::getMessage).orElse(test.getDisplayName())
                            .replaceFirst("^Assumption failed: ", ""));
                }
            }
        });
        return new ContractRun(List.copyOf(failed), List.copyOf(skipped), succeeded[0]);
    }

    /** The requirement ids of the failed tests, sorted. */
    Set<String> failedIds() {
        Set<String> ids = new TreeSet<>();
        for (String name : failed) {
            Matcher m = ID.matcher(name);
            ids.add(m.find() ? m.group(1) : name);
        }
        return ids;
    }
}
