package org.ccionetwork.portal.security;

import java.util.Arrays;
import java.util.Optional;

/** The portal's realm roles, as Keycloak names them in the {@code groups} claim. */
public enum Role {
    MEMBER("member"),
    MODERATOR("moderator"),
    ADMIN("admin");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
