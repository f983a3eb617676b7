package io.redress.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CloudEventHeadersTest {

    private static final String SOURCE = "/redress/resolution";
    private static final EventMetadata FILED =
            EventMetadata.firstOf(SampleEvents.of(EventType.COMPLAINT_FILED), "/redress/intake");
    private static final EventMetadata ASSIGNED =
            EventMetadata.reactionTo(FILED, SampleEvents.of(EventType.COMPLAINT_ASSIGNED), SOURCE);

    @Test
    void fromHeaders_ofToHeaders_givesTheSameMetadata() {
        Map<String, String> headers = CloudEventHeaders.toHeaders(ASSIGNED);

        assertThat(CloudEventHeaders.fromHeaders(headers::get)).isEqualTo(ASSIGNED);
    }

    @Test
    void fromHeaders_ofToHeaders_givesTheSameMetadata_withoutASubject() {
        EventMetadata noSubject = new EventMetadata(UUID.randomUUID(), EventType.COMPLAINT_CLOSED.wireName(), SOURCE,
                null, SampleEvents.at("2025-03-21T09:00:00Z"), FILED.id(), ASSIGNED.id());
        Map<String, String> headers = CloudEventHeaders.toHeaders(noSubject);

        assertThat(headers).doesNotContainKey(CloudEventHeaders.SUBJECT);
        assertThat(CloudEventHeaders.fromHeaders(headers::get)).isEqualTo(noSubject);
    }

    @Test
    void toHeaders_writesCloudEvents1_0BinaryModeHeaders() {
        assertThat(CloudEventHeaders.toHeaders(ASSIGNED)).containsExactly(
                Map.entry("ce_specversion", "1.0"),
                Map.entry("ce_id", ASSIGNED.id().toString()),
                Map.entry("ce_source", SOURCE),
                Map.entry("ce_type", "io.redress.complaint.ComplaintAssigned.v1"),
                Map.entry("ce_subject", SampleEvents.COMPLAINT_ID.toString()),
                Map.entry("ce_time", "2025-03-14T10:20:00Z"),
                Map.entry("content-type", "application/json"),
                Map.entry("ce_correlationid", FILED.id().toString()),
                Map.entry("ce_causationid", FILED.id().toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_id", "ce_type", "ce_source", "ce_time", "ce_specversion"})
    void fromHeaders_namesTheHeader_whenARequiredHeaderIsMissing(String header) {
        Map<String, String> headers = headersOf(ASSIGNED);
        headers.remove(header);

        assertThatThrownBy(() -> CloudEventHeaders.fromHeaders(headers::get))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("'" + header + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_id", "ce_type", "ce_source", "ce_time"})
    void fromHeaders_namesTheHeader_whenARequiredHeaderIsBlank(String header) {
        Map<String, String> headers = headersOf(ASSIGNED);
        headers.put(header, " ");

        assertThatThrownBy(() -> CloudEventHeaders.fromHeaders(headers::get))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("'" + header + "'");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "ce_specversion, 0.3",
            "ce_specversion, 1.0.0",
            "ce_id, 42",
            "ce_id, not-a-uuid",
            "ce_correlationid, not-a-uuid",
            "ce_causationid, 531bdea2-18c4-433e",
            "ce_time, 2025-03-14 10:20:00",
            "ce_time, yesterday",
            "ce_time, 1741947600000"})
    void fromHeaders_namesTheHeader_whenAHeaderIsMalformed(String header, String value) {
        Map<String, String> headers = headersOf(ASSIGNED);
        headers.put(header, value);

        assertThatThrownBy(() -> CloudEventHeaders.fromHeaders(headers::get))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("'" + header + "'")
                .hasMessageContaining(value);
    }

    @Test
    void fromHeaders_defaultsCorrelationAndCausationToTheEventsOwnId_whenAbsent() {
        Map<String, String> headers = headersOf(ASSIGNED);
        headers.remove(CloudEventHeaders.CORRELATION_ID);
        headers.remove(CloudEventHeaders.CAUSATION_ID);

        EventMetadata metadata = CloudEventHeaders.fromHeaders(headers::get);

        assertThat(metadata.correlationId()).isEqualTo(ASSIGNED.id());
        assertThat(metadata.causationId()).isEqualTo(ASSIGNED.id());
    }

    private static Map<String, String> headersOf(EventMetadata metadata) {
        return new HashMap<>(CloudEventHeaders.toHeaders(metadata));
    }
}
