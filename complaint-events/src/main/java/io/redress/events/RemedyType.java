package io.redress.events;

/** What the company gave the customer to put things right. */
public enum RemedyType {
    APOLOGY, EXPLANATION, REPAIR, REPLACEMENT, REFUND, DISCOUNT, UPGRADE, FEE_WAIVED, GOODWILL_GESTURE, NONE
}
