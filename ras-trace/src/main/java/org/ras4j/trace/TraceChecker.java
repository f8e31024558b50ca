package org.ras4j.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * Says whether a trace agrees with what ras4j knows of Windows, in two parts, and lists each
 * {@link Finding} with its line:
 * <ol>
 *   <li>the contract: every recorded answer obeys the rules of docs/contract.md for the trace's Windows
 *       profile (accepted sizes, else 632; the size query; 603 with the totals; {@code *lpcb} = entries ×
 *       {@code dwSize} on success; counts that fit the bytes; nothing written past
 *       {@code min(*lpcb, capacity)} or {@code dwSize}; nothing written by a rejected call; entries and
 *       structures that decode, text NUL-terminated; {@code A} text that is the {@code W} text in the
 *       ANSI code page; 127 for the functions the Windows version lacks; the order of validation; the same
 *       total in every answer; every listing the widest {@code W} listing projected; statuses that
 *       agree with the listing; buffers in absolute terms; single-link statistics), each finding citing
 *       its rule;</li>
 *   <li>the simulator: the same calls made again against {@code SimulatedRas} of that profile in the
 *       state the trace shows ({@link TraceScenario}), each difference reported
 *       ({@link Finding#SIMULATOR}). A trace of a real machine that differs here is evidence that the
 *       simulator (or the profile) needs correcting.</li>
 * </ol>
 * An empty list means the trace agrees.
 */
public final class TraceChecker {
    private TraceChecker() {
    }

    /**
     * Checks a trace against the profile its header names.
     *
     * @param trace the trace
     * @return the findings, by line; empty when the trace agrees
     * @throws TraceException if the header names no profile ras4j knows
     */
    public static List<Finding> check(Trace trace) {
        return check(trace, TraceScenario.profileOf(trace));
    }

    /**
     * Checks a trace against {@code profile}.
     *
     * @param trace   the trace
     * @param profile the Windows profile the trace should agree with
     * @return the findings, by line; empty when the trace agrees
     */
    public static List<Finding> check(Trace trace, WindowsProfile profile) {
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(profile, "profile");
        List<Finding> findings = new ArrayList<>(ContractCheck.check(trace, profile));
        if (trace.header().abi() == profile.abi()) {
            findings.addAll(SimulatorComparison.compare(trace, profile));
        }
        findings.sort(Comparator.comparingInt(Finding::line));
        return List.copyOf(findings);
    }

    /**
     * Captures {@code backend} ({@link Capture#run(RasBackend, WindowsProfile)}) and checks the trace: the
     * one call that tells whether a backend answers as {@code profile}'s Windows does. A call the backend
     * throws from is a finding too (C-ERR-04), on its line.
     *
     * @param backend the backend, which claims to answer as {@code profile}
     * @param profile the Windows profile
     * @return the findings, by line of the trace; empty when the backend agrees
     */
    public static List<Finding> check(RasBackend backend, WindowsProfile profile) {
        RecordingBackend recorder = RecordingBackend.recording(backend, profile);
        return check(Capture.run(recorder, profile.ansiCharset()), profile);
    }
}
