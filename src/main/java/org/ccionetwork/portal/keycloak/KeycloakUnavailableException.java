package org.ccionetwork.portal.keycloak;

/** Keycloak could not be reached or refused a change; nothing was changed. The message is for admins. */
public class KeycloakUnavailableException extends RuntimeException {

    public KeycloakUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
