package io.redress.events;

/** An event that cannot be read: bad headers, malformed JSON or a missing required field; the message says which. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
