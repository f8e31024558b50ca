package org.ras4j.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ras4j.sim.WindowsProfile;

/**
 * The simulator's ready-made {@link WindowsProfile}s by a command-line name: the profile's name
 * in lower case with everything but letters and digits removed ({@code Windows 10 (x64)} is
 * {@code windows10x64}). Either spelling is accepted, and so is the start of a name that only one
 * profile has ({@code windows98} for {@code windows98x86}).
 */
final class Profiles {
    private Profiles() {
    }

    /** The command-line name of {@code profile}. */
    static String id(WindowsProfile profile) {
        return normalize(profile.name());
    }

    /** The command-line names of every ready-made profile, oldest Windows first. */
    static List<String> ids() {
        return WindowsProfile.all().stream().map(Profiles::id).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The ready-made profile called {@code name}.
     *
     * @throws UsageException if there is none
     */
    static WindowsProfile byName(String name) {
        String wanted = normalize(name);
        List<WindowsProfile> exact = WindowsProfile.all().stream().filter(p -> id(p).equals(wanted)).toList();
        List<WindowsProfile> matches = exact.isEmpty() && !wanted.isEmpty()
                ? WindowsProfile.all().stream().filter(p -> id(p).startsWith(wanted)).toList()
                : exact;
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new UsageException((matches.isEmpty() ? "no simulator profile '" : "ambiguous simulator profile '")
                + name + "'; profiles: " + String.join(", ", ids()));
    }

    private static String normalize(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
