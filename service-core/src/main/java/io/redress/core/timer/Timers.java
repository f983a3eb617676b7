package io.redress.core.timer;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Applies a batch's timer changes to {@code due_timer} set-wise: one multi-row upsert, one delete. */
public final class Timers {

    private Timers() {
    }

    /**
     * Runs inside the batch's transaction; the last change to a timer within the batch wins.
     *
     * @return the earliest due time set, if any (the scheduler may need to wake earlier)
     */
    public static Uni<Optional<Instant>> apply(SqlConnection tx, List<TimerChange> changes) {
        if (changes.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        Map<UUID, DueTimer> last = new LinkedHashMap<>();
        for (TimerChange change : changes) {
            UUID id = DueTimer.idOf(change.subject(), change.name());
            last.put(id, switch (change) {
                case TimerChange.Set set -> DueTimer.of(set.cause(), set.subject(), set.name(), set.dueAt());
                case TimerChange.Cancel cancel -> null;
            });
        }
        List<DueTimer> set = new ArrayList<>();
        List<UUID> cancelled = new ArrayList<>();
        last.forEach((id, timer) -> {
            if (timer == null) {
                cancelled.add(id);
            } else {
                set.add(timer);
            }
        });
        Optional<Instant> earliest = set.stream().map(DueTimer::dueAt).min(Instant::compareTo);
        return DueTimer.TABLE.delete(tx, cancelled).chain(() -> DueTimer.TABLE.upsert(tx, set)).replaceWith(earliest);
    }
}
