package io.redress.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * Every fact Redress records on the {@code complaint-events} topic; the sealed set of event types of the contract.
 * Wire names are fixed in {@link EventType}, never derived from these class names.
 */
public sealed interface ComplaintEvent permits ComplaintLifecycleEvent, CustomerDataErased, RootCauseIdentified {

    /** When the fact happened (projections use this time, never the wall clock). */
    Instant occurredAt();

    /** The Kafka key and CloudEvents subject of this event. */
    @JsonIgnore
    String subject();
}
