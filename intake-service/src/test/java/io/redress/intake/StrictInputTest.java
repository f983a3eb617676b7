package io.redress.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.redress.embedded.testing.OpenApiFuzz;
import io.redress.embedded.testing.RedressTestInfrastructure;
import org.junit.jupiter.api.Test;

/** Every documented operation of intake, fed malformed input: refused with a 4xx problem, never a 2xx or 5xx. */
@QuarkusTest
@WithTestResource(value = RedressTestInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "redress_intake"))
class StrictInputTest {

    @Test
    void everyDocumentedOperation_refusesMalformedInput_withA4xxProblem() {
        OpenApiFuzz.Result result = OpenApiFuzz.run();

        assertThat(result.sent()).as("malformed requests sent").isGreaterThanOrEqualTo(6);
        assertThat(result.failures()).isEmpty();
    }
}
