package io.redress.core.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TimerHandlersTest {

    @Test
    void eachName_findsItsOneHandler() {
        TimerHandler sla = handler("sla-acknowledge", "sla-resolve");
        TimerHandler followUps = handler("check-in");
        TimerHandlers handlers = new TimerHandlers(List.of(sla, followUps));

        assertThat(handlers.of("sla-resolve")).isSameAs(sla);
        assertThat(handlers.of("check-in")).isSameAs(followUps);
        assertThat(handlers.names()).containsExactly("check-in", "sla-acknowledge", "sla-resolve");
    }

    @Test
    void anUnknownName_isAnError_notASilentNothing() {
        TimerHandlers handlers = new TimerHandlers(List.of(handler("sla-acknowledge")));

        assertThatThrownBy(() -> handlers.of("sla-typo")).hasMessageContaining("no handler fires timers named sla-typo");
    }

    @Test
    void twoHandlersForOneName_areRefused() {
        assertThatThrownBy(() -> new TimerHandlers(List.of(handler("a"), handler("a"))))
                .hasMessageContaining("timer a has two handlers");
    }

    private static TimerHandler handler(String... names) {
        return new TimerHandler() {
            @Override
            public Set<String> names() {
                return Set.of(names);
            }

            @Override
            public Uni<List<EventEnvelope>> fire(SqlConnection tx, List<DueTimer> timers, Instant now) {
                return Uni.createFrom().item(List.of());
            }
        };
    }
}
