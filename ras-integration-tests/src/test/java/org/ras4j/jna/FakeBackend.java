package org.ras4j.jna;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/**
 * A hand-written {@link RasBackend} to serve the stand-in in tests: each call is answered by a
 * lambda and recorded as the stand-in delivered it (what the DLL side saw).
 */
final class FakeBackend implements RasBackend {

    /** Answers {@code RasEnumConnections}. */
    interface EnumAnswer {
        int answer(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections);
    }

    /** Answers {@code RasGetConnectStatus}. */
    interface StatusAnswer {
        int answer(RasCharset charset, RasHandle handle, ByteBuffer status);
    }

    /**
     * One enumeration as the DLL side saw it; {@code null} stands for a NULL pointer.
     *
     * @param capacity the bytes the DLL side could reach through {@code lprasconn}
     */
    record EnumCall(RasCharset charset, Integer capacity, Integer lpcb, Integer lpcConnections) {
    }

    /** One status call as the DLL side saw it; {@code capacity} is {@code null} for a NULL buffer. */
    record StatusCall(RasCharset charset, RasHandle handle, Integer capacity) {
    }

    private final EnumAnswer enumAnswer;
    private final StatusAnswer statusAnswer;
    private final List<EnumCall> enumCalls = Collections.synchronizedList(new ArrayList<>());
    private final List<StatusCall> statusCalls = Collections.synchronizedList(new ArrayList<>());

    private FakeBackend(EnumAnswer enumAnswer, StatusAnswer statusAnswer) {
        this.enumAnswer = enumAnswer;
        this.statusAnswer = statusAnswer;
    }

    /** Answers enumerations with {@code answer}; status calls with {@code ERROR_INVALID_HANDLE}. */
    static FakeBackend enumerating(EnumAnswer answer) {
        return new FakeBackend(answer, (charset, handle, status) -> RasError.ERROR_INVALID_HANDLE.code());
    }

    /** Answers status calls with {@code answer}; enumerations with success and no connections. */
    static FakeBackend reportingStatus(StatusAnswer answer) {
        return new FakeBackend((charset, buffer, lpcb, count) -> {
            lpcb.set(0);
            count.set(0);
            return 0;
        }, answer);
    }

    List<EnumCall> enumCalls() {
        return List.copyOf(enumCalls);
    }

    List<StatusCall> statusCalls() {
        return List.copyOf(statusCalls);
    }

    @Override
    public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections) {
        enumCalls.add(new EnumCall(charset, buffer == null ? null : buffer.capacity(),
                lpcb == null ? null : lpcb.get(), lpcConnections == null ? null : lpcConnections.get()));
        return enumAnswer.answer(charset, buffer, lpcb, lpcConnections);
    }

    @Override
    public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
        statusCalls.add(new StatusCall(charset, handle, status == null ? null : status.capacity()));
        return statusAnswer.answer(charset, handle, status);
    }

    @Override
    public Abi abi() {
        return Abi.X64;
    }
}
