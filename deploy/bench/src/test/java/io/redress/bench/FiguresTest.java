package io.redress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The arithmetic the report rests on: percentiles and the sums read from Prometheus metrics. */
class FiguresTest {

    @Test
    void latency_usesNearestRankPercentiles() {
        List<Double> millis = IntStream.rangeClosed(1, 200).mapToObj(i -> (double) i).toList();

        Result.Latency latency = Result.Latency.of(millis);

        assertThat(latency.samples()).isEqualTo(200);
        assertThat(latency.p50()).isEqualTo(100.0);
        assertThat(latency.p90()).isEqualTo(180.0);
        assertThat(latency.p95()).isEqualTo(190.0);
        assertThat(latency.p99()).isEqualTo(198.0);
        assertThat(latency.max()).isEqualTo(200.0);
    }

    @Test
    void prometheusSum_addsOnlyTheChosenLabelValues() {
        String exposition = """
                # TYPE redress_events_consumed_total counter
                redress_events_consumed_total{outcome="applied",type="io.redress.complaint.ComplaintFiled.v1"} 120.0
                redress_events_consumed_total{outcome="duplicate",type="io.redress.complaint.ComplaintFiled.v1"} 3.0
                redress_events_consumed_total{outcome="dead-lettered",type="invalid"} 2.0
                redress_events_consumed_total{type="io.redress.complaint.ComplaintAssigned.v1",outcome="ignored"} 5.0
                redress_events_published_total{type="io.redress.complaint.ComplaintAssigned.v1"} 7.0
                """;

        long handled = PrometheusText.sum(exposition, "redress_events_consumed_total", "outcome",
                Set.of("applied", "ignored", "duplicate"));

        assertThat(handled).isEqualTo(128);
    }
}
