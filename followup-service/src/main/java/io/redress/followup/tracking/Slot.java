package io.redress.followup.tracking;

import io.redress.events.FollowUpKind;
import io.redress.events.SlaClock;

/**
 * The place a follow-up takes among a complaint's: at most one is due per slot at a time (a new one replaces it),
 * and each slot is one durable timer, named as here, per complaint. {@link #CLOSE_NO_RESPONSE} is no follow-up: the
 * timer that closes an unanswered complaint.
 */
public enum Slot {
    SURVEY("follow-up-survey"),
    CHECK_IN("follow-up-check-in"),
    REMIND_ACKNOWLEDGE("follow-up-remind-acknowledge"),
    REMIND_RESOLVE("follow-up-remind-resolve"),
    DELAY_NOTICE("follow-up-delay-notice"),
    CLOSE_NO_RESPONSE("follow-up-close-no-response");

    private final String timer;

    Slot(String timer) {
        this.timer = timer;
    }

    /** The name of this slot's timer in {@code due_timer}. */
    public String timer() {
        return timer;
    }

    public static Slot of(FollowUpKind kind, SlaClock clock) {
        return switch (kind) {
            case SATISFACTION_SURVEY -> SURVEY;
            case CHECK_IN -> CHECK_IN;
            case DELAY_NOTICE -> DELAY_NOTICE;
            case OWNER_REMINDER -> clock == SlaClock.ACKNOWLEDGE ? REMIND_ACKNOWLEDGE : REMIND_RESOLVE;
        };
    }

    public static Slot ofTimer(String name) {
        for (Slot slot : values()) {
            if (slot.timer.equals(name)) {
                return slot;
            }
        }
        throw new IllegalArgumentException("no follow-up slot has the timer " + name);
    }
}
