package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessFilterTest {

    @ParameterizedTest
    @CsvSource({
        "/members, MEMBER",
        "/members/, MEMBER",
        "/members/index.xhtml, MEMBER",
        "/MEMBERS/index.xhtml, MEMBER",
        "/members;jsessionid=x, MEMBER",
        "/moderation/, MODERATOR",
        "/moderation/queue.xhtml, MODERATOR",
        "/news/desk/, MODERATOR",
        "/news/desk/edit.xhtml, MODERATOR",
        "/NEWS/DESK/revisions.xhtml, MODERATOR",
        "/library/share.xhtml, MEMBER",
        "/library/edit.xhtml, MEMBER",
        "/library/review.xhtml, MEMBER",
        "/admin/, ADMIN",
        "/Admin/users.xhtml, ADMIN"
    })
    void privateAreasNeedTheirRole(String path, Role role) {
        assertEquals(Optional.of(role), AccessFilter.requiredRole(path));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/index.xhtml",
                "/forum/",
                "/news/x",
                "/news/",
                "/news/article.xhtml",
                "/news/desktop",
                "/library/",
                "/library/item.xhtml",
                "/library/download/1/1",
                "/membership.xhtml",
                "/administration-guide",
                "/health/ready",
                "/signin",
                "/callback"
            })
    void publicPathsNeedNone(String path) {
        assertEquals(Optional.empty(), AccessFilter.requiredRole(path));
    }
}
