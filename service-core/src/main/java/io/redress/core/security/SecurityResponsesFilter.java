package io.redress.core.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.redress.core.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;

/**
 * Documents the 401 and 403 answers on every operation of the OpenAPI document, as problem+json: every Redress
 * endpoint needs a bearer token with a role (the roles are listed in each operation's security requirement).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null) {
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse()
                    .description("No bearer token, or one that is expired or not signed by the configured issuer")
                    .content(problem()));
            operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse()
                    .description("The token's roles do not allow this operation (or, for an agent, the complaint "
                            + "is someone else's)")
                    .content(problem()));
        }
        return operation;
    }

    private static Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
