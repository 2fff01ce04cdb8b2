package org.ccionetwork.portal.admin;

import java.util.Optional;
import java.util.regex.Pattern;
import org.ccionetwork.portal.security.Role;

/**
 * What a button of the accounts list asks, naming its account: "grant-moderator:{Keycloak id}",
 * "disable:{Keycloak id}", "remove-keep:{member id}". The list is read afresh when the form comes
 * back, so a row's place in it names nobody: the button's value does. A value that does not parse
 * is refused.
 */
record AccountAction(Kind kind, Role role, String userId, long memberId) {

    /** The request parameter the buttons post: the client id of the form's one hidden command. */
    static final String FIELD = "accounts-form:act";

    enum Kind {
        GRANT,
        REVOKE,
        ENABLE,
        DISABLE,
        REMOVE_KEEPING_POSTS,
        REMOVE_WITH_POSTS
    }

    private static final Pattern ROLE = Pattern.compile("(grant|revoke)-(moderator|admin):([0-9a-fA-F-]{1,64})");
    private static final Pattern STATE = Pattern.compile("(enable|disable):([0-9a-fA-F-]{1,64})");
    private static final Pattern REMOVE = Pattern.compile("remove-(keep|all):([0-9]{1,18})");

    static String role(String userId, Role role, boolean grant) {
        return (grant ? "grant-" : "revoke-") + role.id() + ":" + userId;
    }

    static String enable(String userId, boolean enable) {
        return (enable ? "enable:" : "disable:") + userId;
    }

    static String remove(long memberId, boolean keepPosts) {
        return "remove-" + (keepPosts ? "keep:" : "all:") + memberId;
    }

    static Optional<AccountAction> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var role = ROLE.matcher(value);
        if (role.matches()) {
            return Optional.of(new AccountAction(
                    role.group(1).equals("grant") ? Kind.GRANT : Kind.REVOKE,
                    role.group(2).equals("admin") ? Role.ADMIN : Role.MODERATOR,
                    role.group(3),
                    0));
        }
        var state = STATE.matcher(value);
        if (state.matches()) {
            return Optional.of(new AccountAction(
                    state.group(1).equals("enable") ? Kind.ENABLE : Kind.DISABLE, null, state.group(2), 0));
        }
        var remove = REMOVE.matcher(value);
        if (remove.matches()) {
            return Optional.of(new AccountAction(
                    remove.group(1).equals("keep") ? Kind.REMOVE_KEEPING_POSTS : Kind.REMOVE_WITH_POSTS,
                    null,
                    null,
                    Long.parseLong(remove.group(2))));
        }
        return Optional.empty();
    }
}
