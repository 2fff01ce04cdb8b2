-- Keycloak sessions that ended (Keycloak said so through back-channel logout): a portal session
-- opened by one of them ends at its next request, on every node. Kept for a session's lifetime.
CREATE TABLE ended_sso_sessions (
    sid   VARCHAR(100) NOT NULL PRIMARY KEY,
    ended TIMESTAMP WITH TIME ZONE NOT NULL
);
