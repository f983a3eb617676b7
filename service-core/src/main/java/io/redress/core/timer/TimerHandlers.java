package io.redress.core.timer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The service's {@link TimerHandler}s by timer name; two handlers for one name are refused at start-up. */
final class TimerHandlers {

    private final Map<String, TimerHandler> byName = new TreeMap<>();

    TimerHandlers(List<TimerHandler> handlers) {
        for (TimerHandler handler : handlers) {
            for (String name : handler.names()) {
                TimerHandler other = byName.putIfAbsent(name, handler);
                if (other != null) {
                    throw new IllegalStateException("timer %s has two handlers: %s and %s".formatted(name,
                            other.getClass().getName(), handler.getClass().getName()));
                }
            }
        }
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    String[] names() {
        return byName.keySet().toArray(String[]::new);
    }

    TimerHandler of(String name) {
        TimerHandler handler = byName.get(name);
        if (handler == null) {
            throw new IllegalStateException("no handler fires timers named " + name);
        }
        return handler;
    }
}
