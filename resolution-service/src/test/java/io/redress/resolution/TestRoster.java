package io.redress.resolution;

import static io.redress.embedded.testing.TestTokens.as;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A roster a test makes and puts in place through {@code PUT /roster}: owners and teams named afresh for each test
 * (a suffix), so loads other tests left behind do not count, and categories made for the test alone.
 */
public final class TestRoster {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final String suffix = "-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    private final List<Map<String, Object>> teams = new ArrayList<>();
    private final List<Map<String, Object>> owners = new ArrayList<>();

    /** The test's name for something: unique to this roster. */
    public String id(String name) {
        return name + suffix;
    }

    /**
     * A roster in place with one team ({@code care}) covering category {@code billing}, a senior and a junior
     * with room for anything a test files; its calendar, when given, is the team's.
     */
    public static TestRoster roomy(Map<String, Object> calendar) {
        TestRoster roster = new TestRoster().team("care", List.of("billing"), List.of(), calendar)
                .owner("senior", "care", true, 10_000, true).owner("junior", "care", false, 10_000, true);
        roster.put();
        return roster;
    }

    /** A team covering these categories (named with {@link #id}), counting calendar time unless given a calendar. */
    public TestRoster team(String name, List<String> categories, List<String> components,
            Map<String, Object> calendar) {
        Map<String, Object> team = new LinkedHashMap<>();
        team.put("id", id(name));
        team.put("supervisor", id("sup-" + name));
        team.put("categories", categories.stream().map(this::id).toList());
        team.put("components", components.stream().map(this::id).toList());
        team.put("calendar", calendar);
        teams.add(team);
        return this;
    }

    public TestRoster team(String name, String category) {
        return team(name, List.of(category), List.of(), null);
    }

    public TestRoster owner(String name, String team, boolean senior, int capacity, boolean available) {
        owners.add(Map.of("id", id(name), "name", name, "team", id(team), "skills", List.of(),
                "seniority", senior ? "SENIOR" : "JUNIOR", "capacity", capacity, "available", available));
        return this;
    }

    /** Every owner's capacity set to this (the roster is put again with {@link #put}). */
    public TestRoster capacityOfAll(int capacity) {
        owners.replaceAll(owner -> {
            Map<String, Object> changed = new LinkedHashMap<>(owner);
            changed.put("capacity", capacity);
            return changed;
        });
        return this;
    }

    public Map<String, Object> document() {
        return Map.of("headOfService", id("head"), "teams", teams, "owners", owners);
    }

    /** Puts this roster in place (If-Match with the current ETag); returns the new ETag. */
    public String put() {
        String etag = as("supervisor").get("/roster").then().statusCode(200).extract().header("ETag");
        return as("supervisor").contentType(ContentType.JSON).header("If-Match", etag).body(document())
                .put("/roster").then().statusCode(200).extract().header("ETag");
    }
}
