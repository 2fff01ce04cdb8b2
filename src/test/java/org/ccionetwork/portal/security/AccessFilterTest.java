package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
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
        "/mentoring/, MEMBER",
        "/Mentoring/offer.xhtml, MEMBER",
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
                "/mentoringday",
                "/administration-guide",
                "/health/ready",
                "/signin",
                "/callback"
            })
    void publicPathsNeedNone(String path) {
        assertEquals(Optional.empty(), AccessFilter.requiredRole(path));
    }

    @ParameterizedTest
    @CsvSource({
        "/, /index.xhtml",
        "'', /index.xhtml",
        "/members/, /members/index.xhtml",
        "/members/profile.xhtml, /members/profile.xhtml",
        "/library/download/12/Safety%20case.pdf, /library/download/12/Safety case.pdf",
        "/library/download/12/%C3%A9t%C3%A9.pdf, /library/download/12/été.pdf",
        "/api/drafts/reply%3A1, /api/drafts/reply:1"
    })
    void plainSpellingsAreServed(String raw, String served) {
        assertEquals(true, AccessFilter.isCanonical(raw, served), raw);
    }

    @ParameterizedTest
    @CsvSource({
        "//members/profile.xhtml, /members/profile.xhtml",
        "/%6Dembers/profile.xhtml, /members/profile.xhtml",
        "/%6dembers/profile.xhtml, /members/profile.xhtml",
        "/./members/profile.xhtml, /members/profile.xhtml",
        "/forum/../members/profile.xhtml, /members/profile.xhtml",
        "/forum/%2e%2e/members/profile.xhtml, /members/profile.xhtml",
        "/forum/%2E%2E/members/profile.xhtml, /members/profile.xhtml",
        "/members;x=1/profile.xhtml, /members/profile.xhtml",
        "/members%2Fprofile.xhtml, /members/profile.xhtml",
        "/members/profile.xhtml/., /members/profile.xhtml",
        "/members//profile.xhtml, /members/profile.xhtml",
        "/forum/%zz, /forum/%zz",
        "/forum/index.xhtml, /members/index.xhtml"
    })
    void disguisedSpellingsAreRefused(String raw, String served) {
        assertEquals(false, AccessFilter.isCanonical(raw, served), raw);
    }

    @Test
    void imageFetchesOfPagesAndActionsAreRefusedAndPicturesAreNot() {
        for (String action : new String[] {
            "/members/notifications.xhtml", "/members/", "/library/download/1/a.pdf", "/members/export", "/api/drafts/x"
        }) {
            assertEquals(true, AccessFilter.isImageFetchOfAnAction("image", action), action);
            assertEquals(false, AccessFilter.isImageFetchOfAnAction("document", action), action);
            assertEquals(false, AccessFilter.isImageFetchOfAnAction(null, action), action);
        }
        for (String picture : new String[] {"/library/preview/1/2", "/news/image/3/large-1", "/members/avatar/4-1"}) {
            assertEquals(false, AccessFilter.isImageFetchOfAnAction("image", picture), picture);
        }
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverBusy() {
        var signedIn = java.time.Instant.parse("2026-12-01T08:00:00Z");
        var lifetime = java.time.Duration.ofHours(12);
        assertEquals(false, AccessFilter.isPastLifetime(signedIn, lifetime, signedIn.plusSeconds(12 * 3600)));
        assertEquals(true, AccessFilter.isPastLifetime(signedIn, lifetime, signedIn.plusSeconds(12 * 3600 + 1)));
        assertEquals(false, AccessFilter.isPastLifetime(null, lifetime, signedIn), "no sign-in, nothing to end");
    }
}
