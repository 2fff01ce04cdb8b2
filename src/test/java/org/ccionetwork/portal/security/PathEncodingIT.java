package org.ccionetwork.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ccionetwork.portal.testing.Deployments;
import org.ccionetwork.portal.testing.KeycloakExtension;
import org.ccionetwork.portal.testing.PortalClient;
import org.ccionetwork.portal.testing.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access table walked in every spelling of a path that the container maps to the same page:
 * {@code //members/}, {@code /%6Dembers/}, {@code /./members/}, {@code /forum/../members/} and more,
 * as a visitor, a member and a moderator. No spelling may answer 200 where the plain path does not,
 * none may answer 500, and no spelling but the plain one serves a private page at all.
 */
@ExtendWith(KeycloakExtension.class)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PathEncodingIT {

    /** Every private page of the access table, by the role it needs. */
    private static final List<String> PRIVATE = List.of(
            "/members/",
            "/members/profile.xhtml?u=member",
            "/members/directory.xhtml",
            "/members/edit.xhtml",
            "/members/notifications.xhtml",
            "/members/leave.xhtml",
            "/members/export",
            "/library/share.xhtml",
            "/library/edit.xhtml",
            "/library/review.xhtml",
            "/moderation/",
            "/moderation/flags.xhtml",
            "/moderation/audit.xhtml",
            "/news/desk/",
            "/news/desk/edit.xhtml",
            "/news/desk/revisions.xhtml",
            "/admin/",
            "/admin/accounts.xhtml",
            "/admin/categories.xhtml",
            "/admin/collections.xhtml");

    /** Spellings of a path ("/a/b?q") that reach the same page, each with its name for the report. */
    private static final List<Spelling> SPELLINGS = List.of(
            new Spelling("double slash", p -> "/" + p),
            new Spelling("encoded first letter", p -> "/%" + Integer.toHexString(p.charAt(1)) + p.substring(2)),
            new Spelling("encoded slash-dot", p -> "/%2e" + p),
            new Spelling("dot segment", p -> "/." + p),
            new Spelling("dot-dot segment", p -> "/forum/.." + p),
            new Spelling("encoded dot-dot", p -> "/forum/%2e%2e" + p),
            new Spelling("path parameter", p -> {
                int slash = p.indexOf('/', 1);
                return slash < 0 ? p + ";x=1" : p.substring(0, slash) + ";x=1" + p.substring(slash);
            }),
            new Spelling("double slash inside", p -> p.replaceFirst("^(/[^/?]+)/", "$1//")));

    private record Spelling(String name, UnaryOperator<String> spell) {}

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private final String portal = TestSettings.portalUrl();

    @Test
    void aVisitorReachesNoPrivatePageByAnySpelling() {
        walk("visitor", new PortalClient(portal));
    }

    @Test
    void aMemberReachesNoModeratorOrAdminPageByAnySpelling() {
        var member = new PortalClient(portal);
        member.signIn("member", "member", "/");
        walk("member", member);
    }

    @Test
    void aModeratorReachesNoAdminPageByAnySpelling() {
        var moderator = new PortalClient(portal);
        moderator.signIn("moderator", "moderator", "/");
        walk("moderator", moderator);
    }

    @Test
    void theMembersProfileNamesNobodyToAVisitorWhateverTheSpelling() {
        var visitor = new PortalClient(portal);
        for (String path : List.of(
                "//members/profile.xhtml?u=member",
                "/%6Dembers/profile.xhtml?u=member",
                "/./members/profile.xhtml?u=member",
                "/forum/../members/profile.xhtml?u=member")) {
            var answer = visitor.get(path);
            assertTrue(answer.statusCode() == 404 || answer.statusCode() == 400, path + " " + answer.statusCode());
            assertTrue(!answer.body().contains("Maya Member"), path + " names the member");
        }
    }

    private void walk(String who, PortalClient client) {
        var faults = new ArrayList<String>();
        int plainAllowed = 0;
        for (String page : PRIVATE) {
            int plain = client.get(page).statusCode();
            if (plain == 200) {
                plainAllowed++;
            }
            if (plain == 500) {
                faults.add(who + " " + page + ": plain path answers 500");
            }
            for (var spelling : SPELLINGS) {
                String path = spelling.spell().apply(page);
                int status = client.get(path).statusCode();
                if (status == 200 || status >= 500) {
                    faults.add(who + " " + path + " (" + spelling.name() + "): " + status + ", plain path " + plain);
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        // The plain paths still serve whoever may use them, so the walk above did not pass on refusals alone.
        var open = switch (who) {
            case "visitor" -> List.<String>of();
            case "member" -> List.of("/members/", "/members/directory.xhtml", "/library/share.xhtml");
            default -> List.of("/members/", "/moderation/", "/news/desk/", "/moderation/audit.xhtml");
        };
        for (String page : open) {
            assertEquals(200, client.get(page).statusCode(), who + " " + page);
        }
        if (who.equals("visitor")) {
            assertEquals(0, plainAllowed, "a visitor was served a private page");
        }
    }
}
