package io.redress.core.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents, on every operation of the OpenAPI document, the problem+json answers any request may get whatever the
 * operation: 400 (a bad parameter or header), 414, 431 and 500, and for operations with a body 413 and 415. An
 * operation's own description of one of them (naming its fields, say) is kept.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        add(responses, "400", "Invalid request: a parameter, header or body field is malformed; each is named");
        if (operation.getRequestBody() != null) {
            add(responses, "413", "Body over 64 KiB");
            add(responses, "415", "Body not sent as application/json");
        }
        add(responses, "414", "Request target over 8 KiB");
        add(responses, "431", "Request headers over 16 KiB");
        add(responses, "500", "Unexpected failure; the detail points to the service log");
        add(responses, "503", "Busy (no database connection in time) or the view being rebuilt; retry after the "
                + "Retry-After seconds, or in a few seconds");
        return operation;
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problem()));
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
