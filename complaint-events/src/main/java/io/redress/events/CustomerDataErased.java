package io.redress.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** A customer asked to be forgotten: from now on their personal fields are unreadable (emitted by intake). */
public record CustomerDataErased(String customerId, Instant occurredAt) implements ComplaintEvent {

    public CustomerDataErased {
        Require.text(customerId, "customerId");
        Require.present(occurredAt, "occurredAt");
    }

    @Override
    @JsonIgnore
    public String subject() {
        return customerId;
    }
}
