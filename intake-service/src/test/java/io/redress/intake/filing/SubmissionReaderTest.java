package io.redress.intake.filing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.redress.core.problem.StrictJson;
import io.redress.events.Channel;
import io.redress.events.Severity;
import io.redress.intake.filing.SubmissionReader.Read;
import io.redress.intake.filing.SubmissionReader.Violation;
import jakarta.validation.Validation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Reading a submission: every bad field named at once, with its pointer; the rules between fields at a fixed now. */
class SubmissionReaderTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final SubmissionReader READER = reader();

    private static SubmissionReader reader() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        return new SubmissionReader(mapper, Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator(),
                FilingTest.RULES);
    }

    private static Read read(String json) {
        return READER.read(json.getBytes(StandardCharsets.UTF_8), NOW);
    }

    private static List<String> pointers(Read read) {
        assertThat(read).isInstanceOf(Read.Invalid.class);
        return ((Read.Invalid) read).violations().stream().map(Violation::pointer).toList();
    }

    private static String reason(Read read, String pointer) {
        return ((Read.Invalid) read).violations().stream().filter(v -> v.pointer().equals(pointer)).findFirst()
                .orElseThrow().reason();
    }

    @Test
    void aValidSubmission_readsAsTheRequest() {
        Read read = read("""
                {"customerId": "c-1", "channel": "EMAIL", "category": "outage", "severity": "CRITICAL",
                 "description": "No service\\nsince Monday.", "receivedAt": "2026-11-20T11:04:00+01:00",
                 "customerLifetimeValue": 12.5, "language": "de-CH"}""");

        assertThat(read).isEqualTo(new Read.Valid(new FileComplaintRequest("c-1", null, Channel.EMAIL, "outage",
                Severity.CRITICAL, "No service\nsince Monday.", null, null, null, null, null,
                Instant.parse("2026-11-20T10:04:00Z"), null, new java.math.BigDecimal("12.5"), "de-CH")));
    }

    @Test
    void everyBadField_isNamedAtOnce_withItsPointerAndReason() {
        Read read = read("""
                {"customerName": "Ada\\u0000", "channel": "FAX", "category": "billing", "severty": "MAJOR",
                 "receivedAt": "yesterday", "customerLifetimeValue": "12", "componentVersion": 6}""");

        assertThat(pointers(read)).containsExactlyInAnyOrder("/customerId", "/customerName", "/channel",
                "/description", "/componentVersion", "/receivedAt", "/customerLifetimeValue", "/severty");
        assertThat(reason(read, "/channel")).contains("EMAIL", "PARTNER_API");
        assertThat(reason(read, "/severty")).contains("is not a field", "severity");
        assertThat(reason(read, "/receivedAt")).contains("ISO-8601", "yesterday");
        assertThat(reason(read, "/customerLifetimeValue")).contains("must be a number");
        assertThat(reason(read, "/customerName")).contains("control characters");
        assertThat(reason(read, "/componentVersion")).contains("must be text");
        assertThat(reason(read, "/customerId")).isEqualTo("is required");
    }

    @Test
    void aBlankRequiredField_isNamedAsBlank_notAsMissing() {
        Read read = read("""
                {"customerId": " ", "channel": "EMAIL", "category": "billing", "description": "x"}""");

        assertThat(reason(read, "/customerId")).isEqualTo("must not be blank");
    }

    @Test
    void limitsDeclaredOnTheRequest_areEnforced() {
        Read read = read("""
                {"customerId": "%s", "channel": "EMAIL", "category": "billing", "description": "x",
                 "customerLifetimeValue": -1, "externalRef": "%s"}""".formatted("c".repeat(101), "r".repeat(201)));

        assertThat(pointers(read)).containsExactly("/customerId", "/externalRef", "/customerLifetimeValue");
        assertThat(reason(read, "/customerId")).contains("100");
    }

    @Test
    void severity_defaultsFromTheCategory_andIsRequiredForACategoryWithoutDefault() {
        assertThat(read("""
                {"customerId": "c-1", "channel": "EMAIL", "category": "billing", "description": "x"}"""))
                .isInstanceOf(Read.Valid.class);

        Read read = read("""
                {"customerId": "c-1", "channel": "EMAIL", "category": "weather", "description": "x"}""");

        assertThat(pointers(read)).containsExactly("/severity");
        assertThat(reason(read, "/severity")).contains("weather", "[billing]");
    }

    @Test
    void receivedAt_mayLieFiveMinutesAhead_notMore_andNotBeforeTheProblem() {
        String base = """
                {"customerId": "c-1", "channel": "EMAIL", "category": "billing", "description": "x", %s}""";

        assertThat(read(base.formatted("\"receivedAt\": \"2026-11-20T10:05:00Z\""))).isInstanceOf(Read.Valid.class);
        assertThat(pointers(read(base.formatted("\"receivedAt\": \"2026-11-20T10:05:01Z\""))))
                .containsExactly("/receivedAt");
        assertThat(pointers(read(base.formatted(
                "\"receivedAt\": \"2025-01-01T00:00:00Z\", \"problemOccurredAt\": \"2025-01-02T00:00:00Z\""))))
                .containsExactly("/receivedAt");
        assertThat(pointers(read(base.formatted("\"problemOccurredAt\": \"2026-11-20T10:01:00Z\""))))
                .containsExactly("/problemOccurredAt");
        assertThat(read(base.formatted("\"receivedAt\": \"2019-03-01T00:00:00Z\"")))
                .as("history may be imported").isInstanceOf(Read.Valid.class);
    }

    @Test
    void language_mustBeAWellFormedBcp47Tag() {
        String base = """
                {"customerId": "c-1", "channel": "EMAIL", "category": "billing", "description": "x", "language": "%s"}""";

        assertThat(read(base.formatted("pt-BR"))).isInstanceOf(Read.Valid.class);
        assertThat(pointers(read(base.formatted("english please")))).containsExactly("/language");
    }

    @Test
    void aDocumentThatIsNotOneJsonObject_isNamedAsTheWhole() {
        assertThat(pointers(read("{\"customerId\": "))).containsExactly("");
        assertThat(pointers(read("[1, 2]"))).containsExactly("");
        assertThat(pointers(read(""))).containsExactly("");
        assertThat(pointers(read("{\"customerId\": \"a\"} {}"))).containsExactly("");
        assertThat(pointers(read("{\"customerId\": \"a\", \"customerId\": \"b\"}"))).containsExactly("");
    }
}
