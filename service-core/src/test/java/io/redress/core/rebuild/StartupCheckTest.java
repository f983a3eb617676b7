package io.redress.core.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StartupCheckTest {

    @Test
    void anUnfinishedRebuild_isResumed_whateverTheVersion() {
        assertThat(StartupCheck.decide(true, OptionalInt.of(3), 3, true)).isEqualTo(StartupCheck.RESUME_REBUILD);
        assertThat(StartupCheck.decide(true, OptionalInt.empty(), 3, false)).isEqualTo(StartupCheck.RESUME_REBUILD);
    }

    @Test
    void aViewBuiltByThisVersion_isReady() {
        assertThat(StartupCheck.decide(false, OptionalInt.of(3), 3, true)).isEqualTo(StartupCheck.READY);
    }

    @Test
    void aViewBuiltByAnotherVersion_isRebuilt_olderOrNewer() {
        assertThat(StartupCheck.decide(false, OptionalInt.of(2), 3, true))
                .isEqualTo(StartupCheck.REBUILD_FOR_VERSION);
        assertThat(StartupCheck.decide(false, OptionalInt.of(4), 3, false))
                .isEqualTo(StartupCheck.REBUILD_FOR_VERSION);
    }

    @Test
    void aViewWithoutVersion_isRebuiltIfItAppliedAnything_elseStampedAsNew() {
        assertThat(StartupCheck.decide(false, OptionalInt.empty(), 1, true))
                .isEqualTo(StartupCheck.REBUILD_FOR_VERSION);
        assertThat(StartupCheck.decide(false, OptionalInt.empty(), 1, false))
                .isEqualTo(StartupCheck.RECORD_VERSION);
    }
}
