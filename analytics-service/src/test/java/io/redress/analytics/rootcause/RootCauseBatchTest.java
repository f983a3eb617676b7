package io.redress.analytics.rootcause;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.events.RootCauseIdentified;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RootCauseBatchTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");
    private static final UUID CAUSE = UUID.fromString("5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d");
    private static final UUID FIRST = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID SECOND = UUID.fromString("22222222-2222-4222-8222-222222222222");

    private static RootCauseIdentified identified(UUID id, Instant at, String title, List<UUID> complaints) {
        return new RootCauseIdentified(id, at, title, "delivery", "courier-api",
                List.of("Parcels were returned", "The label had no zip code"), "Validate labels before printing",
                complaints);
    }

    @Test
    void rootCause_givesItsRowAndOneLinkPerComplaint_atTheTimeItWasIdentified() {
        RootCauseBatch batch = RootCauseBatch.of(List.of(identified(CAUSE, AT, "Labels", List.of(FIRST, SECOND))));

        assertThat(batch.causes()).containsExactly(new RootCause(CAUSE, "Labels", "delivery", "courier-api",
                List.of("Parcels were returned", "The label had no zip code"), "Validate labels before printing", AT, null));
        assertThat(batch.links()).containsExactly(new RootCauseLink(CAUSE, FIRST, AT),
                new RootCauseLink(CAUSE, SECOND, AT));
    }

    @Test
    void secondCopyInTheSameBatch_addsNothing_theFirstWins() {
        RootCauseBatch batch = RootCauseBatch.of(List.of(identified(CAUSE, AT, "Labels", List.of(FIRST)),
                identified(CAUSE, AT.plusSeconds(60), "Labels again", List.of(FIRST, SECOND))));

        assertThat(batch.causes()).singleElement().satisfies(cause -> {
            assertThat(cause.title()).isEqualTo("Labels");
            assertThat(cause.identifiedAt()).isEqualTo(AT);
        });
        assertThat(batch.links()).containsExactly(new RootCauseLink(CAUSE, FIRST, AT),
                new RootCauseLink(CAUSE, SECOND, AT.plusSeconds(60)));
    }

    @Test
    void twoRootCausesOfOneComplaint_giveTwoLinks() {
        UUID other = UUID.fromString("6b5c4d3e-2f1a-4b0c-9d8e-7f6a5b4c3d2e");
        RootCauseBatch batch = RootCauseBatch.of(List.of(identified(CAUSE, AT, "Labels", List.of(FIRST)),
                identified(other, AT, "Courier", List.of(FIRST))));

        assertThat(batch.links()).extracting(RootCauseLink::rootCauseId).containsExactly(CAUSE, other);
    }
}
