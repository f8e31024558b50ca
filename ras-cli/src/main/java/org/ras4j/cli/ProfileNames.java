package org.ras4j.cli;

import java.util.Iterator;

/** The simulator profile names, for {@code --profile}'s help text and shell completion. */
final class ProfileNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Profiles.ids().iterator();
    }
}
