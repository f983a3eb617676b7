package io.redress.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.UUID;

/** An event about one complaint, keyed by its complaint id so all of a complaint's events stay in order. */
public sealed interface ComplaintLifecycleEvent extends ComplaintEvent
        permits ComplaintFiled, ContactLogged, ComplaintAssigned, ComplaintAcknowledged, SlaBreached,
        ComplaintEscalated, ComplaintResolved, ComplaintReopened, FollowUpScheduled, FollowUpSent,
        SatisfactionRecorded, ComplaintClosed {

    UUID complaintId();

    @Override
    @JsonIgnore
    default String subject() {
        return complaintId().toString();
    }
}
