package io.redress.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.core.timer.TimerChange;
import io.redress.events.ComplaintEvent;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadModelsTest {

    @Test
    void anEventNoReadModelReads_isPassed() {
        assertThat(ReadModels.merge(List.of()).status()).isEqualTo(Outcome.Status.PASSED);
    }

    @Test
    void anEventAppliedByOneReadModel_isApplied_withEveryReadModelsReactionsAndTimers() {
        TimerChange first = new TimerChange.Cancel("c-1", "a");
        TimerChange second = new TimerChange.Cancel("c-1", "b");
        Outcome merged = ReadModels.merge(List.of(Outcome.ignored("queues: not queued"),
                Outcome.applied(List.of(), List.of(first)), Outcome.applied(List.of(), List.of(second))));

        assertThat(merged.status()).isEqualTo(Outcome.Status.APPLIED);
        assertThat(merged.reason()).isEqualTo("queues: not queued");
        assertThat(merged.timers()).containsExactly(first, second);
    }

    @Test
    void anEventEveryReaderIgnored_isIgnored_withEveryReason() {
        Outcome merged = ReadModels.merge(List.of(Outcome.ignored("a: late"), Outcome.ignored("b: closed")));

        assertThat(merged.status()).isEqualTo(Outcome.Status.IGNORED);
        assertThat(merged.reason()).isEqualTo("a: late; b: closed");
    }

    @Test
    void twoReadModelsOfOneName_orSharingATable_orReadingNothing_areRefused() {
        assertThatThrownBy(() -> new ReadModels(List.of(model("a", "t1", ComplaintFiled.class),
                model("a", "t2", ComplaintFiled.class)))).hasMessageContaining("two read models are named a");
        assertThatThrownBy(() -> new ReadModels(List.of(model("a", "t1", ComplaintFiled.class),
                model("b", "t1", ComplaintFiled.class)))).hasMessageContaining("table t1 belongs to two");
        assertThatThrownBy(() -> new ReadModels(List.of(model("a", "t1")))).hasMessageContaining("reads no event");
    }

    @SafeVarargs
    private static ReadModel model(String name, String table, Class<? extends ComplaintEvent>... reads) {
        return new ReadModel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int version() {
                return 1;
            }

            @Override
            public List<String> tables() {
                return List.of(table);
            }

            @Override
            public Set<Class<? extends ComplaintEvent>> reads() {
                return Set.of(reads);
            }

            @Override
            public Uni<List<Outcome>> apply(SqlConnection tx, List<EventEnvelope> events) {
                return Uni.createFrom().item(events.stream().map(e -> Outcome.applied()).toList());
            }
        };
    }
}
