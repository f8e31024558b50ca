package org.ras4j.bench.report;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoublePredicate;

/** The worst (and best) of a figure over the parameter space, with where the worst was. */
final class Extreme {
    private final boolean lowIsWorst;
    private double worst = Double.NaN;
    private double best = Double.NaN;
    private String where = "";

    private Extreme(boolean lowIsWorst) {
        this.lowIsWorst = lowIsWorst;
    }

    static Extreme min() {
        return new Extreme(true);
    }

    static Extreme max() {
        return new Extreme(false);
    }

    void offer(OptionalDouble value, String at) {
        if (value.isEmpty() || Double.isNaN(value.getAsDouble())) {
            return;
        }
        double v = value.getAsDouble();
        if (Double.isNaN(worst) || (lowIsWorst ? v < worst : v > worst)) {
            worst = v;
            where = at;
        }
        if (Double.isNaN(best) || (lowIsWorst ? v > best : v < best)) {
            best = v;
        }
    }

    /** The worst value offered, {@code NaN} if none. */
    double worstValue() {
        return worst;
    }

    /** Where the worst value was. */
    String worstWhere() {
        return where;
    }

    Target target(String goal, String format, DoublePredicate met) {
        if (Double.isNaN(worst)) {
            return Target.notMeasured(goal, "no data in this run");
        }
        return Target.of(goal, String.format(Locale.ROOT, format, plain(worst), where, plain(best)),
                met.test(worst));
    }

    private static String plain(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
