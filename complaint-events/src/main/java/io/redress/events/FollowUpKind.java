package io.redress.events;

/** What a follow-up is for: asking the customer, checking in later, or reminding the owner. */
public enum FollowUpKind {
    SATISFACTION_SURVEY, CHECK_IN, OWNER_REMINDER
}
