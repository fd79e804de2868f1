package uk.fostering.safeguarding.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI safeguardingApi() {
        return new OpenAPI()
                .info(new Info().title("Safeguarding Escalation API").version("1")
                        .description("""
                                Raise and follow safeguarding concerns about children in foster care. \
                                Every call needs HTTP Basic with a service login. Errors are \
                                application/problem+json: 400 names each bad field, 401 means no or wrong \
                                login, 404 means the concern or child does not exist or is not yours to see, \
                                409 a concern already raised. Who sees a concern is decided by the process \
                                engine's authorizations, the same for this API, Tasklist, Cockpit and \
                                /engine-rest. Every read of a concern and every change is recorded in an \
                                append-only audit trail that fostering managers read per concern \
                                (GET /api/concerns/{reference}/audit). Repeated failed logins are throttled \
                                and then locked. Tasks are worked in Tasklist or through Camunda's REST API \
                                at /engine-rest, which lists at most 2000 rows per request (maxResults)."""))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
    }
}
