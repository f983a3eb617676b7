package io.redress.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Picks free TCP ports and checks that a requested port is not already taken. */
final class Ports {

    private Ports() {
    }

    /** A port that was free a moment ago; another process could still grab it before we bind. */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free TCP port", e);
        }
    }

    /** {@code port} itself, or a free one when it is 0; fails with a plain message when it is taken. */
    static int freeOrRequested(int port, String what) {
        if (port == 0) {
            return free();
        }
        // Binding the wildcard address also collides with a listener on localhost only, so this catches both.
        try (ServerSocket ignored = new ServerSocket(port)) {
            return port;
        } catch (IOException e) {
            throw new PortInUseException(what, port);
        }
    }
}
