package io.redress.events;

/** The two promises a complaint carries: to acknowledge it and to resolve it in time. */
public enum SlaClock {
    ACKNOWLEDGE, RESOLVE
}
