package io.redress.intake.filing;

import static io.redress.embedded.testing.TestTokens.as;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Request bodies and calls the intake tests share. */
final class Complaints {

    private Complaints() {
    }

    static Map<String, Object> body(String customerId) {
        return Map.of(
                "customerId", customerId,
                "customerName", "Ada Lovelace",
                "channel", "PHONE",
                "category", "billing",
                "severity", "MAJOR",
                "description", "I was charged twice for my October invoice.",
                "product", "fibre-500",
                "component", "billing-engine",
                "componentVersion", "4.2.1",
                "receivedAt", "2026-11-02T09:15:00Z");
    }

    static String newCustomer() {
        return "cust-" + UUID.randomUUID();
    }

    static Response file(Object body) {
        return as("intake").contentType(ContentType.JSON).body(body).post("/complaints");
    }

    static String fileAndGetId(Object body) {
        return file(body).then().statusCode(201).extract().path("complaintId");
    }
}
