package org.ras4j.tck;

import java.util.Iterator;
import java.util.function.Consumer;
import net.jqwik.api.Arbitrary;

/**
 * Runs the cases of one of the contract's jqwik properties inside a single jqwik try: the cases
 * are drawn from the property's own source of randomness (so jqwik's seed reproduces them), and a
 * failing case is reported with its number and value. A passing property then prints nothing:
 * jqwik 1.9.3 publishes a report for every successful property with {@code @ForAll} parameters
 * unless the author configures {@code jqwik.reporting.onlyfailures}, and it has no per-property
 * switch for it.
 */
final class PropertyCases {
    private PropertyCases() {
    }

    /**
     * Checks {@code count} cases drawn from {@code cases}.
     *
     * @param requirement the requirement's id, named in a failure
     * @param count       how many cases
     * @param cases       where the cases come from
     * @param check       the check of one case
     */
    static <T> void check(String requirement, int count, Arbitrary<T> cases, Consumer<T> check) {
        Iterator<T> drawn = cases.sampleStream().limit(count).iterator();
        for (int i = 1; drawn.hasNext(); i++) {
            T input = drawn.next();
            try {
                check.accept(input);
            } catch (AssertionError e) {
                throw new AssertionError(requirement + ", case " + i + " of " + count + " (" + input + "): "
                        + e.getMessage(), e);
            }
        }
    }
}
