package io.redress.core.rebuild;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a service does with its read models at start-up, before the live consumer may touch them: decided from what
 * the database holds, without side effects.
 *
 * @param action  what to do
 * @param rebuild the read models to rebuild (every one: a full rebuild)
 * @param record  new, empty read models whose version is to be noted
 */
record StartupCheck(Action action, Set<String> rebuild, Set<String> record) {

    enum Action {
        /** Every read model is complete and built by its current version: open the gate. */
        READY,
        /** A rebuild was cut short: its read models are partial; rebuild them again with the offsets of its marker. */
        RESUME_REBUILD,
        /** Some read models were built by another version (or before versions were kept): rebuild those. */
        REBUILD_FOR_VERSION
    }

    /**
     * @param unfinished     the read models an unfinished rebuild was for (an empty set: all), if a marker exists
     * @param stored         the versions in {@code read_model_version}
     * @param current        the running read models' versions, by name
     * @param viewHasApplied whether the view has applied any record (has a checkpoint)
     */
    static StartupCheck decide(Optional<Set<String>> unfinished, Map<String, Integer> stored,
            Map<String, Integer> current, boolean viewHasApplied) {
        if (unfinished.isPresent()) {
            Set<String> models = unfinished.get().isEmpty() ? current.keySet() : unfinished.get();
            return new StartupCheck(Action.RESUME_REBUILD, new TreeSet<>(models), Set.of());
        }
        Set<String> rebuild = new TreeSet<>();
        Set<String> record = new TreeSet<>();
        current.forEach((name, version) -> {
            Integer built = stored.get(name);
            if (built != null ? !built.equals(version) : viewHasApplied) {
                rebuild.add(name);
            } else if (built == null) {
                record.add(name);
            }
        });
        return new StartupCheck(rebuild.isEmpty() ? Action.READY : Action.REBUILD_FOR_VERSION, rebuild, record);
    }
}
