package io.redress.embedded.testing;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every Redress service's OpenAPI document must give each operation, checked on the document it serves: an
 * operationId, a summary, the roles ({@code x-roles}, and a description naming them), problem+json for every error
 * response and an example for every success response with a body. Every gap is named at once.
 */
public final class OpenApiCompleteness {

    private OpenApiCompleteness() {
    }

    /** @return the number of operations checked */
    @SuppressWarnings("unchecked")
    public static int assertEveryOperationComplete() {
        Map<String, Map<String, Map<String, Object>>> paths = RestAssured.given().accept(ContentType.JSON)
                .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String where = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                Map<String, Object> op = operation.getValue();
                operations++;
                for (String key : List.of("operationId", "summary", "x-roles", "responses")) {
                    if (!op.containsKey(key)) {
                        gaps.add(where + ": no " + key);
                    }
                }
                if (!String.valueOf(op.get("description")).contains("Role")) {
                    gaps.add(where + ": the description does not name the roles");
                }
                var responses = (Map<String, Map<String, Object>>) op.getOrDefault("responses", Map.of());
                responses.forEach((status, response) -> {
                    var content = (Map<String, Map<String, Object>>) response.get("content");
                    if (status.startsWith("4") || status.startsWith("5")) {
                        if (content == null || !content.containsKey("application/problem+json")) {
                            gaps.add(where + " " + status + ": not application/problem+json");
                        }
                    } else if (content != null && content.values().stream().noneMatch(m -> m.containsKey("examples"))) {
                        gaps.add(where + " " + status + ": no example");
                    }
                });
            }
        }
        if (!gaps.isEmpty()) {
            throw new AssertionError("OpenAPI gaps:\n  " + String.join("\n  ", gaps));
        }
        return operations;
    }
}
