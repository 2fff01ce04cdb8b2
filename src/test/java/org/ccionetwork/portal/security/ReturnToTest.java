package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnToTest {

    @ParameterizedTest
    @CsvSource({"/members/", "/forum/t/12/hello?page=2#post-3", "/"})
    void keepsPathsInsideThePortal(String target) {
        assertEquals(target, ReturnTo.safe(target));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "https://evil.example/",
                "//evil.example/x",
                "/\\evil.example",
                "javascript:alert(1)",
                "members",
                "/a\r\nSet-Cookie: x=y",
                " /members"
            })
    void sendsEverythingElseHome(String target) {
        assertEquals("/", ReturnTo.safe(target));
    }
}
