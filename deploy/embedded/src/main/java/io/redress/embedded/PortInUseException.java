package io.redress.embedded;

/** Thrown when the port requested for Kafka or PostgreSQL is already held by another process. */
public final class PortInUseException extends IllegalStateException {

    private final int port;

    PortInUseException(String what, int port) {
        super(what + " cannot start: port " + port + " is already in use by another process.");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
