package io.redress.core.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.redress.core.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;

/**
 * Documents the 401 and 403 answers on every operation of the OpenAPI document, as problem+json: every Redress
 * endpoint needs a bearer token with a role. The roles an operation allows are listed in its {@code x-roles}
 * extension (and its description); its bearer security requirement names no scopes, as OpenAPI wants for a scheme
 * that is not OAuth2.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityResponsesFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() != null) {
            List<String> roles = new ArrayList<>();
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().forEach((scheme, scopes) -> {
                        if (scopes != null) {
                            scopes.stream().filter(role -> !roles.contains(role)).forEach(roles::add);
                        }
                    });
                    Map<String, List<String>> unscoped = new LinkedHashMap<>();
                    requirement.getSchemes().keySet().forEach(scheme -> unscoped.put(scheme, new ArrayList<>()));
                    requirement.setSchemes(unscoped);
                }
            }
            if (!roles.isEmpty()) {
                operation.addExtension("x-roles", roles);
            }
        }
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
