package io.redress.analytics.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When a UTC hour lies in one local hour of one local day: the zones the hour sums answer for. */
class HotspotHoursTest {

    private static final Instant FROM = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void zonesWholeHoursFromUtc_changingOnWholeHours_answer() {
        assertThat(HotspotHours.wholeHours(ZoneOffset.UTC, FROM, TO)).isTrue();
        // Clocks go forward and back at 01:00 UTC; New York's at 07:00 and 06:00 UTC.
        assertThat(HotspotHours.wholeHours(ZoneId.of("Europe/Berlin"), FROM, TO)).isTrue();
        assertThat(HotspotHours.wholeHours(ZoneId.of("America/New_York"), FROM, TO)).isTrue();
    }

    @Test
    void zonesOffByHalfAnHour_orChangingByHalfAnHour_doNot() {
        assertThat(HotspotHours.wholeHours(ZoneId.of("Asia/Kolkata"), FROM, TO)).isFalse();
        assertThat(HotspotHours.wholeHours(ZoneOffset.ofHoursMinutes(5, 45), FROM, TO)).isFalse();
        // Lord Howe Island is UTC+10:30 in winter and +11 in summer.
        assertThat(HotspotHours.wholeHours(ZoneId.of("Australia/Lord_Howe"), FROM, TO)).isFalse();
    }

    @Test
    void onlyTheSpanAsked_counts() {
        // Berlin kept its local mean time (+0:53:28) until April 1893: before that no hour of UTC is one of Berlin's.
        assertThat(HotspotHours.wholeHours(ZoneId.of("Europe/Berlin"), Instant.parse("1890-01-01T00:00:00Z"), TO))
                .isFalse();
        // A span inside Lord Howe's summer (+11 from October to April) has no change in it.
        assertThat(HotspotHours.wholeHours(ZoneId.of("Australia/Lord_Howe"), Instant.parse("2024-12-01T00:00:00Z"),
                Instant.parse("2025-02-01T00:00:00Z"))).isTrue();
    }
}
