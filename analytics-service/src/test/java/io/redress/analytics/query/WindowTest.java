package io.redress.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.redress.core.problem.ProblemException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static String fieldOf(Throwable error) {
        return ((ProblemException) error).problem().errors().getFirst().field();
    }

    @Test
    void noParameters_meanAllTimeAsOfNow() {
        assertThat(Window.parse(null, null, null, NOW)).isEqualTo(new Window(null, null, NOW));
    }

    @Test
    void givenInstants_areTakenAsTheyAre() {
        assertThat(Window.parse("2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z", NOW))
                .isEqualTo(new Window(Instant.parse("2026-11-01T00:00:00Z"),
                        Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-03T00:00:00Z")));
    }

    @Test
    void blankBounds_takeTheDefaultInstants() {
        assertThat(Window.parse(" ", "", "", NOW)).isEqualTo(new Window(Instant.EPOCH,
                Instant.parse("9999-12-31T23:59:59Z"), NOW));
    }

    @Test
    void valueThatIsNotAnInstant_isRefusedNamingItsParameter() {
        assertThatThrownBy(() -> Window.parse(null, null, "tomorrow", NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(fieldOf(e)).isEqualTo("asOf"));
    }

    @Test
    void toNotAfterFrom_isRefusedNamingTo() {
        assertThatThrownBy(() -> Window.parse("2026-11-02T00:00:00Z", "2026-11-02T00:00:00Z", null, NOW))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(fieldOf(e)).isEqualTo("to"));
    }
}
