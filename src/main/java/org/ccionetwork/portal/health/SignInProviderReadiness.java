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

/**
 * Ready only when Keycloak's discovery document for the portal's realm can be fetched. The answer
 * is public (load balancers read it), so it carries the status alone; why it is down goes to the log.
 */
@Readiness
@ApplicationScoped
public class SignInProviderReadiness implements HealthCheck {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(SignInProviderReadiness.class.getName());
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Inject
    private OidcSettings oidc;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("sign-in-provider");
        try {
            var answer = http.send(
                    HttpRequest.newBuilder(oidc.discoveryDocument())
                            .timeout(TIMEOUT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200
                    ? response.up().build()
                    : down(response, "answered " + answer.statusCode());
        } catch (IOException e) {
            return down(response, Failures.rootMessage(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down(response, "interrupted");
        }
    }

    private HealthCheckResponse down(org.eclipse.microprofile.health.HealthCheckResponseBuilder response, String why) {
        LOG.warning(() -> "Not ready: " + oidc.discoveryDocument() + " " + why);
        return response.down().build();
    }
}
