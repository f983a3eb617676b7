package io.redress.intake.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import io.redress.intake.filing.SubmissionReader.Read;
import io.redress.intake.filing.SubmissionReader.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers a dead-lettered submission carries. */
class RejectionTest {

    @Test
    void anInvalidRecord_namesEveryFieldAsAJsonArrayOfPointers() {
        Rejection rejection = Rejection.of(new Read.Invalid(List.of(new Violation("/channel", "must be one of [EMAIL]"),
                new Violation("/we\"ird", "is not a field"))));

        assertThat(rejection.headers()).containsEntry("dead-letter-reason", "invalid")
                .containsEntry("dead-letter-fields", "[\"/channel\",\"/we\\\"ird\"]")
                .containsEntry("dead-letter-detail", "channel: must be one of [EMAIL]; we\"ird: is not a field");
    }

    @Test
    void aRecordThatIsNotJson_isNamedSo_andALongDetailIsCut() {
        Rejection rejection = Rejection.of(new Read.Invalid(List.of(new Violation("", "is not JSON: " + "x".repeat(5000)))));

        assertThat(rejection.reason()).isEqualTo("not-json");
        assertThat(rejection.fields()).containsExactly("");
        assertThat(rejection.detail()).hasSize(4_000).endsWith("...");
    }
}
