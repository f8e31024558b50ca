package org.ras4j.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ras4j.spi.WindowsProfile;

/**
 * The simulator's ready-made {@link WindowsProfile}s by a command-line name, the profile's
 * {@link WindowsProfile#id() id} ({@code Windows 10 (x64)} is {@code windows10x64}). Either spelling
 * is accepted, and so is the start of an id that only one profile has ({@code windows98} for
 * {@code windows98x86}).
 */
final class Profiles {
    private Profiles() {
    }

    /** The command-line names of every ready-made profile, oldest Windows first. */
    static List<String> ids() {
        return WindowsProfile.all().stream().map(WindowsProfile::id).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The ready-made profile called {@code name}.
     *
     * @throws UsageException if there is none
     */
    static WindowsProfile byName(String name) {
        Optional<WindowsProfile> exact = WindowsProfile.byId(name);
        if (exact.isPresent()) {
            return exact.get();
        }
        String wanted = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        List<WindowsProfile> matches = wanted.isEmpty() ? List.of()
                : WindowsProfile.all().stream().filter(p -> p.id().startsWith(wanted)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new UsageException((matches.isEmpty() ? "no simulator profile '" : "ambiguous simulator profile '")
                + name + "'; profiles: " + String.join(", ", ids()));
    }
}
