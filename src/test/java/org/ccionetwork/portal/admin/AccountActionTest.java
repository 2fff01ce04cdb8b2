package org.ccionetwork.portal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ccionetwork.portal.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountActionTest {

    private static final String ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void eachButtonsValueNamesItsAccount() {
        assertEquals(
                new AccountAction(AccountAction.Kind.GRANT, Role.MODERATOR, ID, 0),
                AccountAction.parse(AccountAction.role(ID, Role.MODERATOR, true))
                        .orElseThrow());
        assertEquals(
                new AccountAction(AccountAction.Kind.REVOKE, Role.ADMIN, ID, 0),
                AccountAction.parse(AccountAction.role(ID, Role.ADMIN, false)).orElseThrow());
        assertEquals(
                new AccountAction(AccountAction.Kind.DISABLE, null, ID, 0),
                AccountAction.parse(AccountAction.enable(ID, false)).orElseThrow());
        assertEquals(
                new AccountAction(AccountAction.Kind.ENABLE, null, ID, 0),
                AccountAction.parse(AccountAction.enable(ID, true)).orElseThrow());
        assertEquals(
                new AccountAction(AccountAction.Kind.REMOVE_KEEPING_POSTS, null, null, 42),
                AccountAction.parse(AccountAction.remove(42, true)).orElseThrow());
        assertEquals(
                new AccountAction(AccountAction.Kind.REMOVE_WITH_POSTS, null, null, 42),
                AccountAction.parse(AccountAction.remove(42, false)).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "grant-member:" + ID,
                "grant-moderator:",
                "grant-moderator:../admin",
                "disable:x y",
                "remove-keep:-1",
                "remove-keep:12345678901234567890",
                "enable:" + ID + "\n"
            })
    void anythingElseIsRefused(String value) {
        assertTrue(AccountAction.parse(value).isEmpty(), value);
    }
}
