package io.redress.intake.filing;

import static io.redress.embedded.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.KafkaProbe;
import io.redress.embedded.testing.RedressTestInfrastructure;
import io.redress.events.ComplaintFiled;
import io.redress.events.EventCodec;
import io.redress.events.Topics;
import io.redress.intake.IntakeTestInfrastructure;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The incident rate is decided on the customer's history as it stands, not on a view that may lag: complaints
 * filed in parallel for one customer count each other.
 */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = IntakeTestInfrastructure.DATABASE))
class IncidentRateTest {

    private final KafkaProbe kafka = IntakeTestInfrastructure.kafka();
    private final EventCodec codec = new EventCodec();

    @Test
    void sixteenComplaintsFiledAtOnceForOneCustomer_countZeroToFifteenPrior() throws Exception {
        String customer = "cust-" + UUID.randomUUID();
        List<Callable<String>> posts = IntStream.range(0, 16).<Callable<String>>mapToObj(i -> () -> as("intake")
                .contentType(ContentType.JSON)
                .body(Map.of("customerId", customer, "channel", "CHAT", "category", "billing", "severity", "MINOR",
                        "description", "Charged twice, attempt " + i))
                .post("/complaints").then().statusCode(201).extract().path("complaintId")).toList();

        List<String> ids = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<String> id : pool.invokeAll(posts)) {
                ids.add(id.get());
            }
        }

        List<Integer> prior = ids.stream().map(this::filed).map(ComplaintFiled::priorComplaints).sorted().toList();
        assertThat(prior).containsExactlyElementsOf(IntStream.range(0, 16).boxed().toList());
        List<Integer> similar = ids.stream().map(this::filed).map(f -> f.similarOpenComplaintIds().size()).sorted()
                .toList();
        assertThat(similar).containsExactlyElementsOf(IntStream.range(0, 16).boxed().toList());
    }

    private ComplaintFiled filed(String complaintId) {
        var records = kafka.recordsWithKey(Topics.COMPLAINT_EVENTS, complaintId);
        assertThat(records).hasSize(1);
        return (ComplaintFiled) codec.decode("io.redress.complaint.ComplaintFiled.v1", records.getFirst().value())
                .orElseThrow();
    }
}
