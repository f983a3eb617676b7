package io.redress.core.gate;

import io.redress.core.VertxContexts;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps the live consumer out of the view while a rebuild owns it: live events wait at the gate, and a rebuild starts
 * only once the event in flight has finished. Several parties may hold it closed; it opens when the last one lets go.
 */
@ApplicationScoped
public class ProcessingGate {

    private int inFlight;
    private int closers;
    private CompletableFuture<Void> reopened;
    private CompletableFuture<Void> drained;

    /**
     * Holds the live consumer from the very first moment, until the service has checked for an unfinished rebuild
     * ({@link #startupChecked()}): otherwise live events could be applied to a partly rebuilt view.
     */
    @PostConstruct
    void holdUntilStartupChecked() {
        close();
    }

    /** Releases the hold taken at start-up. */
    public void startupChecked() {
        open();
    }

    /** Completes when the live consumer may process one batch; pair with {@link #exit()}. */
    public Uni<Void> enter() {
        Context caller = Vertx.currentContext();
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<Void> wait;
            synchronized (this) {
                if (reopened == null) {
                    inFlight++;
                    return Uni.createFrom().voidItem();
                }
                wait = reopened;
            }
            // Whoever opens the gate completes the wait on their own thread.
            return VertxContexts.backOn(caller, Uni.createFrom().completionStage(wait)).chain(this::enter);
        });
    }

    public void exit() {
        CompletableFuture<Void> done = null;
        synchronized (this) {
            inFlight--;
            if (inFlight == 0 && drained != null) {
                done = drained;
                drained = null;
            }
        }
        if (done != null) {
            done.complete(null);
        }
    }

    /**
     * Closes the gate (or keeps it closed); the returned future completes when no live event is in flight any more.
     * Pair with {@link #open()}.
     */
    public CompletableFuture<Void> close() {
        synchronized (this) {
            closers++;
            if (reopened == null) {
                reopened = new CompletableFuture<>();
            }
            if (inFlight == 0) {
                return CompletableFuture.completedFuture(null);
            }
            if (drained == null) {
                drained = new CompletableFuture<>();
            }
            return drained;
        }
    }

    /** Lets go of the gate; it opens once every {@link #close()} has been matched. */
    public void open() {
        CompletableFuture<Void> waiting = null;
        synchronized (this) {
            if (closers == 0) {
                throw new IllegalStateException("the gate is not closed");
            }
            closers--;
            if (closers == 0) {
                waiting = reopened;
                reopened = null;
            }
        }
        if (waiting != null) {
            waiting.complete(null);
        }
    }
}
