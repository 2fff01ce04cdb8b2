package org.ccionetwork.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in through Keycloak with standard Jakarta Security OpenID Connect. Keycloak puts the realm
 * roles in a flat {@code groups} claim, which becomes the caller's roles. After the provider
 * answers, {@link CallbackServlet} records the sign-in and sends the member back where they
 * were: redirectToOriginalResource breaks on Faces pages, so the portal does that itself.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcSettings.providerUri}",
        clientId = "${oidcSettings.clientId}",
        clientSecret = "${oidcSettings.clientSecret}",
        redirectURI = "${baseURL}" + CallbackServlet.PATH,
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"),
        jwksConnectTimeout = 3000,
        jwksReadTimeout = 3000)
@DeclareRoles({"member", "moderator", "admin"})
@ApplicationScoped
public class SecurityConfiguration {}
