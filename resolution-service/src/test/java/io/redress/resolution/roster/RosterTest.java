package io.redress.resolution.roster;

import static io.redress.embedded.testing.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.resolution.TestRoster;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET}/{@code PUT /roster} and {@code PUT /owners/{id}/availability} through HTTP: versioned by ETag, a stale
 * or missing If-Match refused, every bad entry named, an agent changing only their own availability.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_resolution"))
class RosterTest {

    @Test
    void aPut_raisesTheVersion_andAStaleIfMatch_is412_andNone428() {
        String before = as("supervisor").get("/roster").then().statusCode(200).extract().header("ETag");
        TestRoster roster = new TestRoster().team("t", "billing").owner("o", "t", true, 5, true);
        String after = roster.put();
        as("supervisor").get("/roster").then().header("ETag", equalTo(after))
                .body("teams[0].id", equalTo(roster.id("t"))).body("headOfService", equalTo(roster.id("head")));

        as("supervisor").contentType(ContentType.JSON).header("If-Match", before).body(roster.document())
                .put("/roster").then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("read it again"));
        as("supervisor").contentType(ContentType.JSON).body(roster.document()).put("/roster").then()
                .statusCode(428).contentType("application/problem+json");
        as("supervisor").get("/roster").then().header("ETag", equalTo(after));
    }

    @Test
    void anInvalidRoster_is400NamingEveryBadEntryByItsPointer_andChangesNothing() {
        String etag = as("supervisor").get("/roster").then().extract().header("ETag");
        Map<String, Object> bad = Map.of("headOfService", " ", "teams", List.of(
                Map.of("id", "a", "supervisor", "s", "categories", List.of("x"), "components", List.of(),
                        "calendar", Map.of("zone", "Mars/Olympus", "week", Map.of("MONDAY", List.of("17:00-09:00")),
                                "holidays", List.of()))),
                "owners", List.of(Map.of("id", "o", "name", "O", "team", "nope", "skills", List.of(),
                        "seniority", "SENIOR", "capacity", 0, "available", true)));

        as("supervisor").contentType(ContentType.JSON).header("If-Match", etag).body(bad).put("/roster").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItems("/headOfService", "/teams/0/calendar/zone",
                        "/teams/0/calendar/week/MONDAY/0", "/owners/0/team", "/owners/0/capacity"));
        as("supervisor").contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("headOfService", "h", "teams", List.of(), "owners", List.of(), "sevrity", 1))
                .put("/roster").then().statusCode(400).body("detail", containsString("sevrity"));
        as("supervisor").get("/roster").then().header("ETag", equalTo(etag));
    }

    @Test
    void anAgent_setsOnlyTheirOwnAvailability_aSupervisorAnyones_andAnUnknownOwnerIs404() {
        TestRoster roster = new TestRoster().team("t", "billing").owner("o", "t", false, 5, true)
                .owner("p", "t", false, 5, true);
        String etag = roster.put();
        String o = roster.id("o");

        given().auth().oauth2(TestTokens.forSubject(o, "agent")).contentType(ContentType.JSON)
                .body(Map.of("available", false)).put("/owners/" + o + "/availability").then().statusCode(200)
                .body("id", equalTo(o)).body("available", equalTo(false)).header("ETag", not(equalTo(etag)));
        given().auth().oauth2(TestTokens.forSubject(o, "agent")).contentType(ContentType.JSON)
                .body(Map.of("available", true)).put("/owners/" + roster.id("p") + "/availability").then()
                .statusCode(403);
        as("supervisor").contentType(ContentType.JSON).body(Map.of("available", true))
                .put("/owners/" + roster.id("p") + "/availability").then().statusCode(200);
        as("supervisor").contentType(ContentType.JSON).body(Map.of("available", true))
                .put("/owners/nobody-here/availability").then().statusCode(404);
        as("supervisor").contentType(ContentType.JSON).body(Map.of())
                .put("/owners/" + o + "/availability").then().statusCode(400)
                .body("errors.field", hasItems(containsString("available")));
        as("supervisor").get("/roster").then().body("owners.find { it.id == '" + o + "' }.available",
                equalTo(false));
    }
}
