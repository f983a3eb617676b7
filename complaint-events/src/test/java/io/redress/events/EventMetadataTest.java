package io.redress.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventMetadataTest {

    private static final ComplaintEvent FILED_EVENT = SampleEvents.of(EventType.COMPLAINT_FILED);
    private static final ComplaintEvent ASSIGNED_EVENT = SampleEvents.of(EventType.COMPLAINT_ASSIGNED);
    private static final ComplaintEvent ACKNOWLEDGED_EVENT = SampleEvents.of(EventType.COMPLAINT_ACKNOWLEDGED);
    private static final String INTAKE = "/redress/intake";
    private static final String RESOLUTION = "/redress/resolution";

    @Test
    void firstOf_startsAChain_withCorrelationAndCausationEqualToItsOwnId() {
        EventMetadata first = EventMetadata.firstOf(FILED_EVENT, INTAKE);

        assertThat(first.correlationId()).isEqualTo(first.id());
        assertThat(first.causationId()).isEqualTo(first.id());
    }

    @Test
    void firstOf_takesWireTypeSubjectAndTimeFromTheEvent() {
        EventMetadata first = EventMetadata.firstOf(FILED_EVENT, INTAKE);

        assertThat(first.type()).isEqualTo("io.redress.complaint.ComplaintFiled.v1");
        assertThat(first.source()).isEqualTo(INTAKE);
        assertThat(first.subject()).isEqualTo(SampleEvents.COMPLAINT_ID.toString());
        assertThat(first.time()).isEqualTo(FILED_EVENT.occurredAt());
    }

    @Test
    void firstOf_withAGivenId_usesItForIdCorrelationAndCausation() {
        UUID id = UUID.nameUUIDFromBytes("intake/event/crm-4711".getBytes(StandardCharsets.UTF_8));

        EventMetadata first = EventMetadata.firstOf(FILED_EVENT, INTAKE, id);

        assertThat(first.id()).isEqualTo(id);
        assertThat(first.correlationId()).isEqualTo(id);
        assertThat(first.causationId()).isEqualTo(id);
        assertThat(first.type()).isEqualTo(EventType.COMPLAINT_FILED.wireName());
    }

    @Test
    void firstOf_givesANewId_eachTime() {
        assertThat(EventMetadata.firstOf(FILED_EVENT, INTAKE).id())
                .isNotEqualTo(EventMetadata.firstOf(FILED_EVENT, INTAKE).id());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "CUSTOMER_DATA_ERASED, CUST-204817",
            "ROOT_CAUSE_IDENTIFIED, 32a75069-171f-4373-8196-4b70a41b596f",
            "SATISFACTION_RECORDED, 531bdea2-18c4-433e-b0e3-61a29c308b02"})
    void subject_isTheIdTheEventIsKeyedBy(EventType type, String subject) {
        assertThat(EventMetadata.firstOf(SampleEvents.of(type), INTAKE).subject()).isEqualTo(subject);
    }

    @Test
    void causedBy_carriesTheCorrelationIdOn_andSetsCausationToTheCausesId() {
        EventMetadata filed = EventMetadata.firstOf(FILED_EVENT, INTAKE);
        EventMetadata assigned = EventMetadata.causedBy(filed, ASSIGNED_EVENT, RESOLUTION);
        EventMetadata acknowledged = EventMetadata.causedBy(assigned, ACKNOWLEDGED_EVENT, RESOLUTION);

        assertThat(acknowledged.correlationId()).isEqualTo(filed.id());
        assertThat(acknowledged.causationId()).isEqualTo(assigned.id());
        assertThat(acknowledged.id()).isNotIn(filed.id(), assigned.id());
        assertThat(acknowledged.type()).isEqualTo(EventType.COMPLAINT_ACKNOWLEDGED.wireName());
        assertThat(acknowledged.time()).isEqualTo(ACKNOWLEDGED_EVENT.occurredAt());
    }

    @Test
    void reactionTo_givesTheSameId_forTheSameCauseAndType() {
        EventMetadata filed = EventMetadata.firstOf(FILED_EVENT, INTAKE);

        EventMetadata once = EventMetadata.reactionTo(filed, ASSIGNED_EVENT, RESOLUTION);
        EventMetadata again = EventMetadata.reactionTo(filed, ASSIGNED_EVENT, RESOLUTION);

        assertThat(again).isEqualTo(once);
        assertThat(once.id()).isNotEqualTo(filed.id());
    }

    @Test
    void reactionTo_givesADifferentId_forADifferentCause() {
        EventMetadata filed = EventMetadata.firstOf(FILED_EVENT, INTAKE);
        EventMetadata refiled = EventMetadata.firstOf(FILED_EVENT, INTAKE);

        assertThat(EventMetadata.reactionTo(refiled, ASSIGNED_EVENT, RESOLUTION).id())
                .isNotEqualTo(EventMetadata.reactionTo(filed, ASSIGNED_EVENT, RESOLUTION).id());
    }

    @Test
    void reactionTo_givesADifferentId_forADifferentEventTypeFromTheSameCause() {
        EventMetadata filed = EventMetadata.firstOf(FILED_EVENT, INTAKE);

        assertThat(EventMetadata.reactionTo(filed, ACKNOWLEDGED_EVENT, RESOLUTION).id())
                .isNotEqualTo(EventMetadata.reactionTo(filed, ASSIGNED_EVENT, RESOLUTION).id());
    }

    @Test
    void reactionTo_givesDifferentIds_toTwoReactionsOfOneTypeWithDifferentQualifiers() {
        EventMetadata filed = EventMetadata.firstOf(FILED_EVENT, INTAKE);

        EventMetadata survey = EventMetadata.reactionTo(filed, ASSIGNED_EVENT, RESOLUTION, "SATISFACTION_SURVEY");
        EventMetadata reminder = EventMetadata.reactionTo(filed, ASSIGNED_EVENT, RESOLUTION, "OWNER_REMINDER");

        assertThat(survey.id()).isNotEqualTo(reminder.id());
        assertThat(EventMetadata.reactionTo(filed, ASSIGNED_EVENT, RESOLUTION, "OWNER_REMINDER").id())
                .isEqualTo(reminder.id());
    }

    @Test
    void reactionTo_carriesTheCorrelationIdOn_andSetsCausationToTheCausesId() {
        EventMetadata filed = EventMetadata.firstOf(FILED_EVENT, INTAKE);
        EventMetadata assigned = EventMetadata.causedBy(filed, ASSIGNED_EVENT, RESOLUTION);

        EventMetadata acknowledged = EventMetadata.reactionTo(assigned, ACKNOWLEDGED_EVENT, RESOLUTION);

        assertThat(acknowledged.correlationId()).isEqualTo(filed.id());
        assertThat(acknowledged.causationId()).isEqualTo(assigned.id());
    }

    @Test
    void constructor_defaultsCorrelationAndCausationToTheOwnId_whenAbsent() {
        UUID id = UUID.randomUUID();

        EventMetadata metadata = new EventMetadata(id, EventType.COMPLAINT_FILED.wireName(), INTAKE, null,
                FILED_EVENT.occurredAt(), null, null);

        assertThat(metadata.correlationId()).isEqualTo(id);
        assertThat(metadata.causationId()).isEqualTo(id);
    }
}
