package org.ras4j.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.ras4j.ConnectionProjection;
import org.ras4j.ConnectionStatistics;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.RasHandle;

/**
 * What a {@link RasClient} reports, read with one fixed sequence of calls: {@link RasClient#connections()},
 * then for each connection {@link RasClient#statusIfLive}, {@link RasClient#statistics},
 * {@link RasClient#linkStatistics} of link 1 and {@link RasClient#projection}. {@link Capture} records
 * this sequence; reading it again over a {@link ReplayBackend} of the trace gives an equal view.
 *
 * @param connections the listing, or the error it failed with
 * @param details     one entry per listed connection, in order
 */
public record ClientView(Answer<List<RasConnection>> connections, List<ConnectionView> details) {

    /**
     * Copies the list.
     *
     * @param connections the listing, or the error it failed with
     * @param details     one entry per listed connection, in order
     */
    public ClientView {
        Objects.requireNonNull(connections, "connections");
        details = List.copyOf(details);
    }

    /**
     * A result, or the Win32 code of the {@link RasException} it failed with.
     *
     * @param <T>   the result's type
     * @param value the result, when there is one
     * @param error the code, when the call failed
     */
    public record Answer<T>(Optional<T> value, OptionalInt error) {
        /**
         * Checks for null.
         *
         * @param value the result, when there is one
         * @param error the code, when the call failed
         */
        public Answer {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(error, "error");
        }

        static <T> Answer<T> of(Supplier<T> call) {
            try {
                return new Answer<>(Optional.of(call.get()), OptionalInt.empty());
            } catch (RasException failed) {
                return new Answer<>(Optional.empty(), OptionalInt.of(failed.code()));
            }
        }
    }

    /**
     * What the client reports about one listed connection.
     *
     * @param handle     the connection's handle
     * @param status     {@link RasClient#statusIfLive}
     * @param statistics {@link RasClient#statistics}
     * @param link       {@link RasClient#linkStatistics} of sub-entry 1
     * @param projection {@link RasClient#projection}
     */
    public record ConnectionView(RasHandle handle, Answer<Optional<ConnectionStatus>> status,
            Answer<ConnectionStatistics> statistics, Answer<ConnectionStatistics> link,
            Answer<ConnectionProjection> projection) {
    }

    /**
     * {@return what {@code client} reports, read with the fixed sequence}
     *
     * @param client the client
     */
    public static ClientView read(RasClient client) {
        Answer<List<RasConnection>> listing = Answer.of(client::connections);
        List<ConnectionView> details = new ArrayList<>();
        for (RasConnection c : listing.value().orElse(List.of())) {
            RasHandle h = c.handle();
            details.add(new ConnectionView(h, Answer.of(() -> client.statusIfLive(h)),
                    Answer.of(() -> client.statistics(h)), Answer.of(() -> client.linkStatistics(h, 1)),
                    Answer.of(() -> client.projection(h))));
        }
        return new ClientView(listing, details);
    }
}
