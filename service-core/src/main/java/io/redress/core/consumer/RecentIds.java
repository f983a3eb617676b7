package io.redress.core.consumer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The ids of the latest events one run of the consumer (the live consumer, or one rebuild) applied although they were
 * older than the dedup window, so they have no {@code seen_event} row: a second copy of such an event, which follows
 * its original closely in the same partition, is still recognised. Bounded: the oldest ids are forgotten first.
 */
public final class RecentIds {

    static final int CAPACITY = 100_000;

    private final Map<UUID, Boolean> ids = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized boolean contains(UUID id) {
        return ids.containsKey(id);
    }

    synchronized void add(UUID id) {
        ids.put(id, Boolean.TRUE);
    }
}
