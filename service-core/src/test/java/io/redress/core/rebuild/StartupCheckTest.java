package io.redress.core.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.core.rebuild.StartupCheck.Action;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StartupCheckTest {

    private static final Map<String, Integer> CURRENT = Map.of("complaints", 3, "queues", 1);

    @Test
    void anUnfinishedRebuild_isResumed_forTheReadModelsItWasFor_whateverTheVersions() {
        StartupCheck some = StartupCheck.decide(Optional.of(Set.of("queues")), CURRENT, CURRENT, true);
        StartupCheck all = StartupCheck.decide(Optional.of(Set.of()), Map.of(), CURRENT, false);

        assertThat(some.action()).isEqualTo(Action.RESUME_REBUILD);
        assertThat(some.rebuild()).containsExactly("queues");
        assertThat(all.rebuild()).containsExactlyInAnyOrder("complaints", "queues");
    }

    @Test
    void readModelsBuiltByTheirVersion_areReady() {
        StartupCheck check = StartupCheck.decide(Optional.empty(), CURRENT, CURRENT, true);

        assertThat(check.action()).isEqualTo(Action.READY);
        assertThat(check.rebuild()).isEmpty();
        assertThat(check.record()).isEmpty();
    }

    @Test
    void onlyTheReadModelBuiltByAnotherVersion_isRebuilt_olderOrNewer() {
        StartupCheck older = StartupCheck.decide(Optional.empty(), Map.of("complaints", 2, "queues", 1), CURRENT,
                true);
        StartupCheck newer = StartupCheck.decide(Optional.empty(), Map.of("complaints", 3, "queues", 2), CURRENT,
                true);

        assertThat(older.action()).isEqualTo(Action.REBUILD_FOR_VERSION);
        assertThat(older.rebuild()).containsExactly("complaints");
        assertThat(newer.rebuild()).containsExactly("queues");
    }

    @Test
    void aReadModelWithoutVersion_isRebuiltIfTheViewAppliedAnything_elseStampedAsNew() {
        StartupCheck added = StartupCheck.decide(Optional.empty(), Map.of("complaints", 3), CURRENT, true);
        StartupCheck fresh = StartupCheck.decide(Optional.empty(), Map.of(), CURRENT, false);

        assertThat(added.rebuild()).containsExactly("queues");
        assertThat(added.record()).isEmpty();
        assertThat(fresh.action()).isEqualTo(Action.READY);
        assertThat(fresh.record()).containsExactlyInAnyOrder("complaints", "queues");
    }
}
