package io.redress.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The stable wire name ({@code ce_type}) of every event type; written out by hand so a class rename cannot change it. */
public enum EventType {
    COMPLAINT_FILED("io.redress.complaint.ComplaintFiled.v1", ComplaintFiled.class),
    CONTACT_LOGGED("io.redress.complaint.ContactLogged.v1", ContactLogged.class),
    COMPLAINT_ASSIGNED("io.redress.complaint.ComplaintAssigned.v1", ComplaintAssigned.class),
    COMPLAINT_ACKNOWLEDGED("io.redress.complaint.ComplaintAcknowledged.v1", ComplaintAcknowledged.class),
    SLA_BREACHED("io.redress.complaint.SlaBreached.v1", SlaBreached.class),
    COMPLAINT_ESCALATED("io.redress.complaint.ComplaintEscalated.v1", ComplaintEscalated.class),
    COMPLAINT_RESOLVED("io.redress.complaint.ComplaintResolved.v1", ComplaintResolved.class),
    COMPLAINT_REOPENED("io.redress.complaint.ComplaintReopened.v1", ComplaintReopened.class),
    FOLLOW_UP_SCHEDULED("io.redress.complaint.FollowUpScheduled.v1", FollowUpScheduled.class),
    FOLLOW_UP_SENT("io.redress.complaint.FollowUpSent.v1", FollowUpSent.class),
    SATISFACTION_RECORDED("io.redress.complaint.SatisfactionRecorded.v1", SatisfactionRecorded.class),
    COMPLAINT_CLOSED("io.redress.complaint.ComplaintClosed.v1", ComplaintClosed.class),
    CUSTOMER_DATA_ERASED("io.redress.complaint.CustomerDataErased.v1", CustomerDataErased.class),
    ROOT_CAUSE_IDENTIFIED("io.redress.complaint.RootCauseIdentified.v1", RootCauseIdentified.class);

    private static final Map<String, EventType> BY_WIRE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::wireName, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(t -> t.javaType, Function.identity()));

    private final String wireName;
    private final Class<? extends ComplaintEvent> javaType;

    EventType(String wireName, Class<? extends ComplaintEvent> javaType) {
        this.wireName = wireName;
        this.javaType = javaType;
    }

    /** The {@code ce_type} header value, e.g. {@code io.redress.complaint.ComplaintFiled.v1}. */
    public String wireName() {
        return wireName;
    }

    public Class<? extends ComplaintEvent> javaType() {
        return javaType;
    }

    /** The type for a {@code ce_type} value, empty for a type this build does not know (tolerant reader). */
    public static Optional<EventType> fromWireName(String wireName) {
        return Optional.ofNullable(wireName == null ? null : BY_WIRE_NAME.get(wireName));
    }

    public static EventType of(ComplaintEvent event) {
        return BY_CLASS.get(event.getClass());
    }
}
