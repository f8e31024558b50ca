package org.ras4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnVersion;

/**
 * {@link RasClient} over a {@link RandomBackend}: whatever the backend answers, the client returns
 * a list or throws a {@link RasException}, within a bounded number of backend calls, and never
 * hands the backend an {@code *lpcb} larger than its buffer.
 */
class ClientFuzzTest {
    private static final long SEED = 0xC11E_2026L;
    private static final int MAX_ROUNDS = 4;
    /** One call per version stepped down, one per round of growing, one more that succeeds or fails. */
    private static final int MAX_CALLS = RasConnVersion.values().length + MAX_ROUNDS + 1;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theClientReturnsAListOrARasExceptionWithinBoundedCalls() {
        int cases = Figures.intProperty("ras4j.clientfuzz.cases", 5_000);
        Charset ansi = Charset.forName("windows-1252");
        RasConnCodec codec = RasConnCodec.withAnsiCharset(ansi);
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> failures = new ArrayList<>();
        TreeMap<String, Integer> outcomes = new TreeMap<>();
        long totalCalls = 0;
        int mostCalls = 0;
        for (int i = 0; i < cases; i++) {
            RandomBackend backend = new RandomBackend(random.split(), codec);
            RasClient client = RasClient.builder(backend).charset(random.nextBoolean() ? RasCharset.A : RasCharset.W)
                    .ansiCharset(ansi).maxRounds(MAX_ROUNDS).build();
            String outcome;
            try {
                List<RasConnection> connections = client.connections();
                outcome = "list";
                assertTrue(connections.size() <= 5, "never more entries than the backend can have written");
            } catch (RasException e) {
                outcome = "RasException " + Integer.toUnsignedString(e.code());
            } catch (RuntimeException | Error unexpected) {
                outcome = "unexpected";
                if (failures.size() < 10) {
                    failures.add("case " + i + ": " + unexpected);
                }
            }
            if (backend.calls() > MAX_CALLS || backend.contractBreach() != null) {
                failures.add("case " + i + ": " + backend.calls() + " calls; " + backend.contractBreach());
            }
            outcomes.merge(outcome, 1, Integer::sum);
            totalCalls += backend.calls();
            mostCalls = Math.max(mostCalls, backend.calls());
        }
        Figures.titled("Client fuzzing (RasClient over a random backend)")
                .put("cases", cases)
                .put("failures", failures.size())
                .put("backend calls per enumeration (mean)", String.format("%.2f", (double) totalCalls / cases))
                .put("backend calls per enumeration (max; bound " + MAX_CALLS + ")", mostCalls)
                .put("outcomes", outcomes.toString())
                .write("client-fuzz");
        assertEquals(List.of(), failures);
        assertTrue(outcomes.containsKey("list") && outcomes.keySet().stream().anyMatch(o -> o.startsWith("RasException")),
                "both outcomes were exercised: " + outcomes);
    }
}
