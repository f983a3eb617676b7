package io.redress.events;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A made-up retired type for the upcaster tests, never on any log: {@code ContactLogged} as it might have been before
 * {@code .v1}, with {@code contacts} where {@code .v1} has {@code contactCount} and without a {@code note}.
 */
final class ContactLoggedV0 implements Upcaster {

    static final String TYPE = "io.redress.complaint.ContactLogged.v0";
    /** The note {@code .v1} requires, for a contact logged before notes were kept. */
    static final String NO_NOTE = "(no note: logged before notes were kept)";

    @Override
    public String fromType() {
        return TYPE;
    }

    @Override
    public String toType() {
        return EventType.CONTACT_LOGGED.wireName();
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        renamed(payload, "contacts", "contactCount");
        if (!payload.has("note")) {
            payload.put("note", NO_NOTE);
        }
        return payload;
    }

    /** The {@code .v0} value of the {@code ContactLogged} golden sample. */
    static ObjectNode sample() {
        return renamed(Contract.without(Contract.golden(EventType.CONTACT_LOGGED), "note"), "contactCount", "contacts");
    }

    /** The sample event as read from {@link #sample()}: the golden one, with the note filled in. */
    static ContactLogged sampleEvent() {
        ContactLogged golden = (ContactLogged) SampleEvents.of(EventType.CONTACT_LOGGED);
        return new ContactLogged(golden.complaintId(), golden.occurredAt(), golden.channel(), NO_NOTE,
                golden.contactCount());
    }

    /**
     * {@code json} with field {@code from} moved to {@code to}; an absent field stays absent, so the decoder can name
     * it as missing (setting it to null would report a null instead).
     */
    static ObjectNode renamed(ObjectNode json, String from, String to) {
        if (json.has(from)) {
            json.set(to, json.remove(from));
        }
        return json;
    }
}
