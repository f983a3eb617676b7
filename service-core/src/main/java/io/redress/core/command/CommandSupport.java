package io.redress.core.command;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.redress.core.projection.SeenEvent;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;

/**
 * What a service needs to decide a command against the state it owns, inside the command's transaction: a lock per
 * subject, so racing commands are decided one after the other, and a write-through of the accepted event, so the
 * next command sees it at once and the live consumer skips it when it comes back from the log.
 */
public final class CommandSupport {

    private CommandSupport() {
    }

    /** Takes a PostgreSQL advisory lock on {@code key} until the end of the current transaction. */
    public static Uni<Void> lock(String key) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(?1))) as locked",
                        Integer.class)
                .setParameter(1, key).getSingleResult()).replaceWithVoid();
    }

    /**
     * Records the event as already applied to the view (whose rows the caller changed in this transaction) and
     * flushes, so the changes hold their locks before the event becomes visible on the log.
     */
    public static Uni<Void> writtenThrough(EventEnvelope envelope) {
        return SeenEvent.of(envelope).persist().call(() -> Panache.getSession().chain(session -> session.flush()))
                .replaceWithVoid();
    }
}
