package io.redress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the benchmark harness from rotting: a {@code --smoke} run against the real system must fill every section
 * of the report. It checks that figures exist and add up, never how good they are.
 */
class BenchSmokeIT {

    @Test
    void smokeRun_fillsEverySectionOfTheReport(@TempDir Path out) throws Exception {
        String repo = Path.of(System.getProperty("redress.repo", "../..")).toAbsolutePath().normalize().toString();

        boolean succeeded = BenchMain.run(new String[] {"--smoke", "--repo", repo, "--out", out.toString()});

        assertThat(succeeded).as("every phase succeeded").isTrue();
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.at("/baselines/kafka producer/count").asLong()).isEqualTo(2_000);
        assertThat(report.at("/baselines/kafka producer/perSecond").asDouble()).isPositive();
        assertThat(report.at("/baselines/postgresql batched upserts/count").asLong()).isEqualTo(1_000);
        assertThat(report.at("/pipelines/0/processed/count").asLong()).isEqualTo(40);
        assertThat(report.at("/pipelines/0/processed/complete").asBoolean()).isTrue();
        assertThat(report.at("/pipelines/1/processed/count").asLong()).isEqualTo(100);
        assertThat(report.at("/pipelines/1/perService/resolution/count").asLong()).isEqualTo(200);
        assertThat(report.at("/pipelines/2/path").asText()).isEqualTo("through complaint-submissions");
        assertThat(report.at("/pipelines/2/accepted/count").asLong()).isEqualTo(100);
        assertThat(report.at("/pipelines/2/processed/complete").asBoolean()).isTrue();
        assertThat(report.at("/pipelines/3/path").asText()).startsWith("import");
        assertThat(report.at("/pipelines/3/accepted/count").asLong()).isEqualTo(1_000);
        assertThat(report.at("/pipelines/3/accepted/complete").asBoolean()).isTrue();
        assertThat(report.at("/pipelines/4/path").asText()).startsWith("import, intake alone");
        assertThat(report.at("/pipelines/4/accepted/count").asLong()).isEqualTo(1_000);
        assertThat(report.at("/cpu/0/complaints").asLong()).isEqualTo(1_000);
        assertThat(report.at("/cpu/0/seconds/intake").asDouble()).isPositive();
        assertThat(report.at("/cpu/0/seconds/postgresql: redress_intake").asDouble()).isPositive();
        assertThat(report.at("/cpu/0/seconds/analytics").asDouble()).isPositive();
        assertThat(report.at("/cpu/1/seconds").has("analytics")).as("stopped before the import").isFalse();
        assertThat(report.at("/latency/0/sent").asInt()).isEqualTo(40);
        assertThat(report.at("/latency/0/countedInAnalytics/samples").asInt()).isEqualTo(40);
        assertThat(report.at("/latency/0/drained").asBoolean()).isTrue();
        assertThat(report.get("replay")).hasSize(4);
        report.get("replay").forEach(service -> {
            assertThat(service.get("state").asText()).isEqualTo("COMPLETED");
            assertThat(service.get("events").asLong()).isGreaterThanOrEqualTo(1_000);
        });
        assertThat(report.at("/analyticsScale/complaints").asInt()).isEqualTo(500);
        assertThat(report.at("/analyticsScale/catchUp/complete").asBoolean()).isTrue();
        assertThat(report.at("/analyticsScale/catchUp/count").asLong()).isEqualTo(report.at("/analyticsScale/events")
                .asLong()).isGreaterThan(3_000);
        assertThat(report.at("/analyticsScale/questions/summary, all time/samples").asInt()).isEqualTo(2);
        assertThat(report.at("/analyticsScale/questions/customers at risk, 30 days, first page/samples").asInt())
                .isEqualTo(2);
        assertThat(report.get("analyticsScale").get("questions")).hasSize(14);
        assertThat(report.at("/memory/idle/intake").asDouble()).isPositive();
        assertThat(report.at("/memory/peak/analytics").asDouble()).isPositive();
        assertThat(Files.readString(out.resolve("report.md"))).contains("## Targets", "## Replay", "kafka producer",
                "## Analytics at scale", "## CPU during the import");
    }
}
