package io.redress.core.timer;

import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/**
 * Writes the events due timers fired through to the service's read models in the firing transaction, as a command's
 * are (implemented by the consumer's {@code WriteThrough}): the next round, command or read sees a sent follow-up or
 * a breach at once, and the timers and reactions those events set are written before the commit.
 */
public interface FiredWrites {

    /** Applies the fired events and their reactions; returns the reactions, to append after the events. */
    Uni<List<EventEnvelope>> writeFired(SqlConnection tx, List<EventEnvelope> fired);
}
