package io.redress.core.timer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Applies a batch's timer changes to {@code due_timer} in two statements: one delete, one batched insert. */
public final class Timers {

    private Timers() {
    }

    /** Runs inside the batch's transaction; the last change to a timer within the batch wins. */
    public static Uni<Void> apply(List<TimerChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<UUID, DueTimer> last = new LinkedHashMap<>();
        for (TimerChange change : changes) {
            UUID id = DueTimer.idOf(change.subject(), change.name());
            last.put(id, switch (change) {
                case TimerChange.Set set -> DueTimer.of(set.cause(), set.subject(), set.name(), set.dueAt());
                case TimerChange.Cancel cancel -> null;
            });
        }
        List<DueTimer> set = new ArrayList<>(last.values().stream().filter(timer -> timer != null).toList());
        return DueTimer.delete("id in ?1", new ArrayList<>(last.keySet()))
                .chain(() -> set.isEmpty() ? Uni.createFrom().voidItem()
                        : Panache.getSession().chain(session -> session.persistAll(set.toArray())));
    }
}
