package org.ras4j.bench.report;

import java.util.Locale;
import java.util.Optional;
import java.util.function.DoublePredicate;

/**
 * The worst fork of a figure over the parameter space, with where it was, and the best median:
 * what a target's verdict reads (a target is met only when its worst fork meets it).
 */
final class Extreme {
    private final boolean lowIsWorst;
    private double worst = Double.NaN;
    private double worstMedian = Double.NaN;
    private double best = Double.NaN;
    private String where = "";

    private Extreme(boolean lowIsWorst) {
        this.lowIsWorst = lowIsWorst;
    }

    /** For a figure where less is worse (a speed-up). */
    static Extreme min() {
        return new Extreme(true);
    }

    /** For a figure where more is worse (a time ratio, a spread, bytes). */
    static Extreme max() {
        return new Extreme(false);
    }

    void offer(Optional<Figure> figure, String at) {
        if (figure.isEmpty()) {
            return;
        }
        Figure f = figure.get();
        double fork = lowIsWorst ? f.min() : f.max();
        if (Double.isNaN(worst) || (lowIsWorst ? fork < worst : fork > worst)) {
            worst = fork;
            where = at;
        }
        if (Double.isNaN(worstMedian) || (lowIsWorst ? f.median() < worstMedian : f.median() > worstMedian)) {
            worstMedian = f.median();
        }
        if (Double.isNaN(best) || (lowIsWorst ? f.median() > best : f.median() < best)) {
            best = f.median();
        }
    }

    /** {@return the worst fork's value over every figure offered, {@code NaN} if none} */
    double worstValue() {
        return worst;
    }

    /** {@return where the worst value was} */
    String worstWhere() {
        return where;
    }

    /**
     * The target's row: {@code format} gets the worst fork, where it was, the worst median and the
     * best median; the verdict is {@code met} only when the worst fork passes.
     */
    Target target(String goal, String format, DoublePredicate met) {
        if (Double.isNaN(worst)) {
            return Target.notMeasured(goal, "no data in this run");
        }
        return Target.of(goal, String.format(Locale.ROOT, format, Figure.plain(worst), where,
                Figure.plain(worstMedian), Figure.plain(best)), met.test(worst));
    }
}
