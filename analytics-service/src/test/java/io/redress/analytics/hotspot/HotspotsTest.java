package io.redress.analytics.hotspot;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.embedded.testing.TestTokens;
import io.redress.events.Channel;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventEnvelope;
import io.redress.events.Severity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The domain's two patterns, planted in a day of otherwise uniform traffic, are found, and a day of uniform traffic
 * alone flags nothing: 1,200 complaints at seeded random hours from 10 employees about 5 component versions, then on
 * the planted day 30 more from emp-3 between 09:00 and 10:00 and 100 more about homehub 6.2.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_analytics"))
class HotspotsTest {

    private static final Instant PLANTED = Instant.parse("2003-05-06T00:00:00Z");
    private static final Instant UNIFORM = Instant.parse("2003-05-13T00:00:00Z");
    private static final String[][] VERSIONS = {{"homehub", "6.0"}, {"homehub", "6.1"}, {"homehub", "6.2"},
        {"modem", "2.0"}, {"modem", "2.1"}};
    private static final int BASE = 1_200;
    private static boolean published;

    private final KafkaProbe kafka =
            new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @BeforeEach
    void publishOnce() {
        if (published) {
            return;
        }
        published = true;
        List<EventEnvelope> events = new ArrayList<>();
        Random random = new Random(7);
        uniform(events, PLANTED, random);
        for (int i = 0; i < 30; i++) {
            events.add(filed(PLANTED.plusSeconds(9 * 3600 + random.nextInt(3600)), "emp-3", VERSIONS[i % 5]));
        }
        for (int i = 0; i < 100; i++) {
            events.add(filed(PLANTED.plusSeconds(random.nextInt(86_400)), "emp-" + random.nextInt(10),
                    VERSIONS[2]));
        }
        uniform(events, UNIFORM, random);
        kafka.publishAll(events);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(day(PLANTED, "employee").getLong("complaints")).isEqualTo(BASE + 130);
            assertThat(day(UNIFORM, "employee").getLong("complaints")).isEqualTo(BASE);
        });
    }

    @Test
    void oneEmployeesMorningPileUp_isTheOnlyCellFlagged() {
        JsonPath answer = day(PLANTED, "hour,employee");
        assertThat(answer.getString("design")).isEqualTo("CROSSED");
        assertThat(answer.getInt("tested")).as("24 hours × 10 employees").isEqualTo(240);
        assertThat(answer.getList("cells.findAll { it.flagged }.key", Map.class))
                .containsExactly(Map.of("hour", "09", "employee", "emp-3"));
        assertThat(answer.getDouble("cells[0].pValue")).isLessThan(answer.getDouble("limit"));
    }

    @Test
    void aVersionWithFarMoreComplaintsThanTheOneBefore_isTheOnlyCellFlagged() {
        JsonPath answer = day(PLANTED, "component,componentVersion");
        assertThat(answer.getString("design")).isEqualTo("NESTED");
        assertThat(answer.getInt("tested")).as("6.1 and 6.2 of homehub, 2.1 of modem").isEqualTo(3);
        assertThat(answer.getList("cells.findAll { it.flagged }.key", Map.class))
                .containsExactly(Map.of("component", "homehub", "componentVersion", "6.2"));
    }

    @Test
    void uniformTraffic_flagsNothing_whateverTheGrouping() {
        for (String by : List.of("hour,employee", "component,componentVersion", "hour", "employee", "weekday",
                "employee,component")) {
            assertThat(day(UNIFORM, by).getInt("flagged")).as(by).isZero();
        }
        // Uniform over the five versions, so homehub (three of them) rightly gets more than modem (two).
        assertThat(day(UNIFORM, "component").getList("cells.findAll { it.flagged }.key.component"))
                .containsExactly("homehub");
    }

    @Test
    void csv_hasTheSameCellsAsTheJson() {
        JsonPath json = day(PLANTED, "hour,employee");
        String csv = as("analyst").accept("text/csv").get(path(PLANTED, "hour,employee")).then().statusCode(200)
                .extract().asString();
        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo("hour,employee,count,expected,score,pValue,flagged");
        List<Map<String, Object>> cells = json.getList("cells");
        assertThat(lines).hasSize(cells.size() + 1);
        for (int i = 0; i < cells.size(); i++) {
            List<String> fields = Arrays.asList(lines.get(i + 1).split(",", -1));
            String prefix = "cells[" + i + "].";
            assertThat(fields.get(0)).isEqualTo(json.getString(prefix + "key.hour"));
            assertThat(fields.get(1)).isEqualTo(json.getString(prefix + "key.employee"));
            assertThat(fields.get(2)).isEqualTo(json.getString(prefix + "count"));
            assertThat(fields.get(6)).isEqualTo(json.getString(prefix + "flagged"));
        }
    }

    @Test
    void badBy_isNamed_withEveryOtherBadParameter() {
        List<String> fields = as("analyst").get("/analytics/hotspots?by=hour,shoeSize&tz=Atlantis").then()
                .statusCode(400).extract().jsonPath().getList("errors.field", String.class);
        assertThat(fields).containsExactlyInAnyOrder("by", "tz");
        as("analyst").get("/analytics/hotspots?by=componentVersion").then().statusCode(400);
        as("analyst").get("/analytics/hotspots?by=employee,componentVersion").then().statusCode(400);
        as("analyst").get("/analytics/hotspots?by=hour,hour").then().statusCode(400);
        as("analyst").get("/analytics/hotspots").then().statusCode(400);
        as("analyst").accept("text/csv").get("/analytics/hotspots?by=hour&from=x").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
        as("analyst").accept("application/xml").get("/analytics/hotspots?by=hour").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void everyPath_admitsOnlyItsRoles() {
        TestTokens.assertAccess("GET", "/analytics/hotspots?by=hour", Set.of("analyst", "operator"));
    }

    private static JsonPath day(Instant day, String by) {
        return as("analyst").get(path(day, by)).then().statusCode(200).extract().jsonPath();
    }

    private static String path(Instant day, String by) {
        return "/analytics/hotspots?by=" + by + "&from=" + day + "&to=" + day.plus(Duration.ofDays(1));
    }

    private static void uniform(List<EventEnvelope> events, Instant day, Random random) {
        for (int i = 0; i < BASE; i++) {
            events.add(filed(day.plusSeconds(random.nextInt(86_400)), "emp-" + random.nextInt(10),
                    VERSIONS[random.nextInt(VERSIONS.length)]));
        }
    }

    private static EventEnvelope filed(Instant receivedAt, String employee, String[] version) {
        UUID id = UUID.randomUUID();
        return EventEnvelope.first(new ComplaintFiled(id, receivedAt, "cust-" + id, null, Channel.PHONE, "billing",
                Severity.MINOR, "Crafted", "router", version[0], version[1], employee, null, receivedAt, null, null,
                0, List.of()), "/test");
    }
}
