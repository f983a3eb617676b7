package io.redress.embedded.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Feeds every operation a service documents in its OpenAPI document the malformed input a fuzzer would (a NUL, a
 * control character or a lone surrogate in each text field and parameter; a number where text belongs; an unknown
 * field; a body of the wrong shape, malformed, or of another media type), each with a token of a role the
 * operation admits, and collects every answer that is not a 4xx problem+json: none may be a 2xx or a 5xx.
 */
public final class OpenApiFuzz {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON string literals, escaped as a client would send them (a lone surrogate cannot travel unescaped). */
    private static final List<String> BAD_TEXT = List.of("\"\\u0000\"", "\"a\\u0001b\"", "\"\\ud800\"",
            "\"x\\u007f\"", "\"\\udc00z\"");
    /** The same characters in parameters and headers, which travel percent-encoded or as they are. */
    private static final List<String> BAD_PARAMETERS = List.of("\u0000", "a\u0001b", "x\u007f");
    private static final String PLACEHOLDER = "@@fuzz@@";

    private OpenApiFuzz() {
    }

    /** What was sent and what came back, for one request that was not refused as it should be. */
    public record Failure(String request, int status, String contentType) {
    }

    /** The result: how many malformed requests were sent, and those not answered with a 4xx problem. */
    public record Result(int sent, List<Failure> failures) {
    }

    /**
     * Fuzzes every documented operation. The document served is also written to {@code target/openapi.json} of the
     * module under test, for {@code deploy/openapi/lint} (Spectral) to check.
     */
    public static Result run() {
        String served = RestAssured.given().accept("application/json").get("/q/openapi").asString();
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), served);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot keep the OpenAPI document in target/", e);
        }
        JsonNode document = read(served);
        Result result = new Result(0, new ArrayList<>());
        int sent = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getValue().isObject() && op.getValue().has("responses")) {
                    sent += fuzz(path.getKey(), op.getKey(), op.getValue(), result.failures());
                }
            }
        }
        return new Result(sent, result.failures());
    }

    private static int fuzz(String template, String method, JsonNode operation, List<Failure> failures) {
        String role = operation.path("x-roles").path(0).asText("operator");
        List<String> pathParams = new ArrayList<>();
        List<String> queryParams = new ArrayList<>();
        operation.path("parameters").forEach(p -> (p.path("in").asText().equals("path") ? pathParams : queryParams)
                .add(p.path("name").asText()));
        String path = template;
        for (String name : pathParams) {
            path = path.replace("{" + name + "}", UUID.randomUUID().toString());
        }
        int sent = 0;
        for (String name : pathParams) {
            for (String bad : List.of("%00", "%01", "a%00b")) {
                sent += send(failures, method, template.replace("{" + name + "}", bad), Map.of(), null, role);
            }
        }
        for (String name : queryParams) {
            for (String bad : BAD_PARAMETERS) {
                sent += send(failures, method, path, Map.of(name, bad), null, role);
            }
        }
        JsonNode body = operation.path("requestBody");
        if (!body.isMissingNode()) {
            sent += fuzzBody(failures, method, path, role, example(body));
        }
        return sent;
    }

    private static int fuzzBody(List<Failure> failures, String method, String path, String role, ObjectNode example) {
        int sent = 0;
        for (Iterator<String> names = example.fieldNames(); names.hasNext(); ) {
            String field = names.next();
            if (!example.get(field).isTextual()) {
                continue;
            }
            String template = example.deepCopy().put(field, PLACEHOLDER).toString();
            for (String bad : BAD_TEXT) {
                sent += send(failures, method, path, Map.of(), template.replace("\"" + PLACEHOLDER + "\"", bad), role);
            }
            sent += send(failures, method, path, Map.of(), example.deepCopy().put(field, 7.5).toString(), role);
        }
        sent += send(failures, method, path, Map.of(), example.deepCopy().put("fuzzUnknownField", 1).toString(), role);
        sent += send(failures, method, path, Map.of(), "[]", role);
        sent += send(failures, method, path, Map.of(), "{\"a\":", role);
        sent += send(failures, method, path, Map.of(), example.toString() + " {}", role);
        RequestSpecification plain = TestTokens.as(role).contentType("text/plain").body(example.toString());
        return sent + check(failures, method + " " + path + " as text/plain", plain.request(method, path));
    }

    private static int send(List<Failure> failures, String method, String path, Map<String, String> query,
            String body, String role) {
        return send(failures, method, path, query, body, role, Map.of());
    }

    private static int send(List<Failure> failures, String method, String path, Map<String, String> query,
            String body, String role, Map<String, String> headers) {
        RequestSpecification request = TestTokens.as(role).urlEncodingEnabled(!path.contains("%"));
        query.forEach(request::queryParam);
        headers.forEach(request::header);
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        String described = method.toUpperCase() + " " + path + (query.isEmpty() ? "" : " " + query)
                + (headers.isEmpty() ? "" : " " + headers) + (body == null ? "" : " " + body);
        return check(failures, described, request.request(method, path));
    }

    private static int check(List<Failure> failures, String described, Response response) {
        int status = response.statusCode();
        String type = response.contentType();
        if (status < 400 || status >= 500 || type == null || !type.startsWith("application/problem+json")) {
            failures.add(new Failure(printable(described), status, type));
        }
        return 1;
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c == 0x7f || Character.isSurrogate((char) c)
                ? "\\u%04x".formatted(c) : String.valueOf((char) c)));
        return out.toString();
    }

    /** The operation's first documented example body, or an empty object. */
    private static ObjectNode example(JsonNode requestBody) {
        JsonNode media = requestBody.path("content").path("application/json");
        JsonNode value = media.path("examples").elements().hasNext()
                ? media.path("examples").elements().next().path("value") : media.path("example");
        if (value.isTextual()) {
            value = read(value.asText());
        }
        return value.isObject() ? (ObjectNode) value : JSON.createObjectNode();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }
}
