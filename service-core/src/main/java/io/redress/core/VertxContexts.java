package io.redress.core;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;

/**
 * Brings a result back onto the Vert.x context a piece of work started on: broker acknowledgements, timers and an
 * opened gate complete on other threads, and Hibernate Reactive insists on the context its session belongs to.
 */
public final class VertxContexts {

    private VertxContexts() {
    }

    /** {@code uni}, emitting on {@code context}; unchanged when there is no context (a plain thread). */
    public static <T> Uni<T> backOn(Context context, Uni<T> uni) {
        return context == null ? uni : uni.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
