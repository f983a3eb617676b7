package io.redress.intake.filing;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.intake.filing.RequestKeys.Kind;
import io.redress.intake.filing.RequestKeys.Stored;
import io.redress.intake.filing.RequestKeys.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestKeysTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(30);
    private static final byte[] THIS = RequestKeys.hash("{\"a\":1}".getBytes(StandardCharsets.UTF_8));
    private static final byte[] OTHER = RequestKeys.hash("{\"a\":2}".getBytes(StandardCharsets.UTF_8));

    @Test
    void noStoredKey_isANewFiling() {
        assertThat(RequestKeys.judge(List.of(), THIS, NOW, RETENTION)).isEqualTo(new Verdict.New());
    }

    @Test
    void theSameRequestUnderItsKey_isARepeatOfItsComplaint() {
        UUID complaint = UUID.randomUUID();
        Stored key = new Stored(Kind.IDEMPOTENCY_KEY, "k", THIS, complaint, NOW.minus(Duration.ofDays(29)));

        assertThat(RequestKeys.judge(List.of(key), THIS, NOW, RETENTION)).isEqualTo(new Verdict.Repeat(complaint));
    }

    @Test
    void anotherRequestUnderAUsedKey_isAConflictNamingTheKey() {
        UUID complaint = UUID.randomUUID();
        Stored key = new Stored(Kind.EXTERNAL_REF, "crm-1", OTHER, complaint, NOW);

        assertThat(RequestKeys.judge(List.of(key), THIS, NOW, RETENTION))
                .isEqualTo(new Verdict.Conflict(Kind.EXTERNAL_REF, "crm-1", complaint));
    }

    @Test
    void twoKeysOfOneRequestPointingAtDifferentComplaints_isAConflict() {
        Stored header = new Stored(Kind.IDEMPOTENCY_KEY, "k", THIS, UUID.randomUUID(), NOW);
        UUID other = UUID.randomUUID();
        Stored ref = new Stored(Kind.EXTERNAL_REF, "crm-1", THIS, other, NOW);

        assertThat(RequestKeys.judge(List.of(header, ref), THIS, NOW, RETENTION))
                .isEqualTo(new Verdict.Conflict(Kind.EXTERNAL_REF, "crm-1", other));
    }

    @Test
    void aKeyOlderThanTheRetention_isForgotten() {
        Stored expired = new Stored(Kind.IDEMPOTENCY_KEY, "k", OTHER, UUID.randomUUID(),
                NOW.minus(RETENTION).minusSeconds(1));

        assertThat(RequestKeys.judge(List.of(expired), THIS, NOW, RETENTION)).isEqualTo(new Verdict.New());
    }

    @Test
    void ids_areDerivedFromTheClientAndItsFirstKey_andRandomWithoutKeys() {
        List<RequestKeys.Wanted> keys = RequestKeys.of("k", "crm-1");

        assertThat(RequestKeys.derivedId("complaint", "a", keys, List.of(), null)).isEqualTo(
                RequestKeys.derivedId("complaint", "a", RequestKeys.of("k", null), List.of(), null));
        assertThat(RequestKeys.derivedId("complaint", "a", keys, List.of(), null)).isNotEqualTo(
                RequestKeys.derivedId("complaint", "b", keys, List.of(), null));
        assertThat(RequestKeys.derivedId("complaint", "a", List.of(), List.of(), null)).isNotEqualTo(
                RequestKeys.derivedId("complaint", "a", List.of(), List.of(), null));
    }

    @Test
    void withoutKeys_aSubmissionsIdsAreDerivedFromWhereItSitsOnItsTopic() {
        UUID first = RequestKeys.derivedId("complaint", "a", List.of(), List.of(), "complaint-submissions/1/7");

        assertThat(first).isEqualTo(RequestKeys.derivedId("complaint", "b", List.of(), List.of(),
                "complaint-submissions/1/7"));
        assertThat(first).isNotEqualTo(RequestKeys.derivedId("complaint", "a", List.of(), List.of(),
                "complaint-submissions/1/8"));
        assertThat(first).isNotEqualTo(RequestKeys.derivedId("event", "a", List.of(), List.of(),
                "complaint-submissions/1/7"));
    }

    @Test
    void aKeyReusedAfterItExpired_derivesNewIds_theSameOnARetry() {
        List<RequestKeys.Wanted> keys = RequestKeys.of("k", null);
        UUID before = RequestKeys.derivedId("complaint", "a", keys, List.of(), null);
        List<Stored> expired = List.of(new Stored(Kind.IDEMPOTENCY_KEY, "k", OTHER, before,
                NOW.minus(RETENTION).minusSeconds(1)));

        UUID renewed = RequestKeys.derivedId("complaint", "a", keys, expired, null);

        assertThat(renewed).isNotEqualTo(before)
                .isEqualTo(RequestKeys.derivedId("complaint", "a", keys, expired, null));
    }

    @Test
    void aLongSubject_isScopedByItsHash() {
        String subject = "s".repeat(RequestKeys.MAX_CLIENT_LENGTH + 1);

        assertThat(RequestKeys.client(subject)).startsWith("sha256:").hasSizeLessThanOrEqualTo(
                RequestKeys.MAX_CLIENT_LENGTH);
        assertThat(RequestKeys.client("crm")).isEqualTo("crm");
    }
}
