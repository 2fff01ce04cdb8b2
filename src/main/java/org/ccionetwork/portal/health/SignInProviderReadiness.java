package org.ccionetwork.portal.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.ccionetwork.portal.security.OidcSettings;
import org.ccionetwork.portal.shared.Failures;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when Keycloak's discovery document for the portal's realm can be fetched. */
@Readiness
@ApplicationScoped
public class SignInProviderReadiness implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Inject
    private OidcSettings oidc;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("sign-in-provider")
                .withData("discovery", oidc.discoveryDocument().toString());
        try {
            var answer = http.send(
                    HttpRequest.newBuilder(oidc.discoveryDocument())
                            .timeout(TIMEOUT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200
                    ? response.up().build()
                    : response.down().withData("status", answer.statusCode()).build();
        } catch (IOException e) {
            return response.down().withData("error", Failures.rootMessage(e)).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }
}
