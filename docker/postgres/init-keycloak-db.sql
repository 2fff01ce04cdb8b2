-- Keycloak keeps its own database beside the portal's, in the same PostgreSQL server.
CREATE DATABASE keycloak OWNER ccio;
