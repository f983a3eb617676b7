package io.redress.resolution.assignment;

import java.util.HashMap;
import java.util.Map;

/** Open complaints per owner, as the view holds them, plus the assignments decided since it was read (one batch). */
public final class Loads {

    private final Map<String, Integer> open;

    public Loads(Map<String, Integer> open) {
        this.open = new HashMap<>(open);
    }

    public int of(String ownerId) {
        return open.getOrDefault(ownerId, 0);
    }

    void took(String ownerId) {
        open.merge(ownerId, 1, Integer::sum);
    }
}
