package io.redress.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ProcessingGateTest {

    private final ProcessingGate gate = new ProcessingGate();

    @Test
    void enter_passesAtOnce_whileTheGateIsOpen() {
        gate.enter().subscribe().withSubscriber(UniAssertSubscriber.create()).assertCompleted();
    }

    @Test
    void close_waitsForTheEventInFlight_beforeARebuildMayStart() {
        gate.enter().await().indefinitely();

        CompletableFuture<Void> drained = gate.close();
        assertThat(drained).isNotDone();

        gate.exit();
        assertThat(drained).isCompleted();
    }

    @Test
    void close_isDoneAtOnce_whenNothingIsInFlight() {
        assertThat(gate.close()).isCompleted();
    }

    @Test
    void enter_waitsWhileClosed_andPassesWhenReopened() {
        gate.close();

        UniAssertSubscriber<Void> waiting = gate.enter().subscribe().withSubscriber(UniAssertSubscriber.create());
        waiting.assertNotTerminated();

        gate.open();
        waiting.assertCompleted();
        // The event that waited is now in flight: a new rebuild has to wait for it.
        assertThat(gate.close()).isNotDone();
    }

    @Test
    void gate_staysClosed_untilEveryCloserHasOpenedIt() {
        gate.close();
        gate.close();
        UniAssertSubscriber<Void> waiting = gate.enter().subscribe().withSubscriber(UniAssertSubscriber.create());

        gate.open();
        waiting.assertNotTerminated();

        gate.open();
        waiting.assertCompleted();
    }

    @Test
    void open_isRefused_whenTheGateIsNotClosed() {
        assertThatThrownBy(gate::open).isInstanceOf(IllegalStateException.class);
    }
}
