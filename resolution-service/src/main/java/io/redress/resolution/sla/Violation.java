package io.redress.resolution.sla;

/**
 * One problem found in a document, located by an RFC 6901 JSON pointer, such as
 * {@code /teams/2/calendar/week/MONDAY/1}.
 */
public record Violation(String pointer, String reason) {
}
