package io.redress.followup;

import io.redress.embedded.testing.MovableClock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Makes the {@link MovableClock} the injectable clock of the application under test. */
public class TestClock {

    @Produces
    @Singleton
    Clock clock() {
        return new MovableClock();
    }
}
