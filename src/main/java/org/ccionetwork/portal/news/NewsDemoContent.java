package org.ccionetwork.portal.news;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.ccionetwork.portal.demo.DemoContent;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.persistence.Database;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.text.Markdown;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo news for the run command: published articles (two featured, one members-only), one
 * scheduled for tomorrow and one draft. Loaded once: not again when its first article exists.
 */
@ApplicationScoped
public class NewsDemoContent {

    private static final Logger LOG = Logger.getLogger(NewsDemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-content", defaultValue = "false")
    boolean enabled;

    @Inject
    private Database database;

    @Inject
    private Seeder seeder;

    void seedOnStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1100) @Initialized(ApplicationScoped.class)
                    Object event) {
        DemoContent.load(enabled, database, "news", seeder::seed, LOG);
    }

    /** The transactional part. */
    @ApplicationScoped
    @Transactional
    public static class Seeder {

        private static final String FIRST = "summer-school-2027-bursaries-open";

        @Inject
        @PortalData
        private EntityManager em;

        @Inject
        private MemberService members;

        @Inject
        private Clock clock;

        boolean seed() {
            if (em.createQuery("select count(a) from Article a where a.slug = :s", Long.class)
                            .setParameter("s", FIRST)
                            .getSingleResult()
                    > 0) {
                return false;
            }
            var editor = members.recordSignIn(new SignInClaims(
                    "demo:demo-editor",
                    "editor",
                    "Helen Marsh (news editor)",
                    "editor@example.org",
                    null,
                    null,
                    Set.of(Role.MEMBER, Role.MODERATOR)));
            Instant now = clock.instant();
            var bursaries = article(
                    editor,
                    FIRST,
                    "Summer school 2027: bursaries open",
                    "Twenty bursaries cover the fee and travel for nurses, AHPs and trainees. Apply by 31 January.",
                    """
                    The network's **summer school** returns on **5 to 9 July 2027**. This year twenty bursaries cover \
                    the fee and reasonable travel for nurses, allied health professionals and doctors in training.

                    ## How to apply
                    1. Write 300 words on a digital change you led or want to lead.
                    2. Ask your line manager to confirm you can attend.
                    3. Send both through the members' area before **31 January 2027**.

                    Questions? Ask in the forums under *Welcome and announcements*.
                    """,
                    List.of("summer-school", "events", "bursaries"),
                    Visibility.PUBLIC,
                    null,
                    null);
            publish(bursaries, now.minus(Duration.ofDays(2)), 1);
            var frontline = article(
                    editor,
                    "frontline-digitisation-what-the-new-funding-means",
                    "Frontline digitisation: what the new funding round means for trusts",
                    "A curated reading of the latest funding announcement: who qualifies, the timetable and what CCIOs should prepare.",
                    """
                    The latest funding round prioritises trusts **without a core EPR** and those replacing systems that are \
                    out of support. Our reading of the guidance:

                    | What | When |
                    | --- | --- |
                    | Expressions of interest | by the end of Q1 |
                    | Business cases | within six months |

                    Clinical safety (DCB0129/DCB0160) evidence is expected with the business case, not after it.
                    """,
                    List.of("funding", "epr"),
                    Visibility.PUBLIC,
                    "NHS England",
                    "https://www.england.nhs.uk/digitaltechnology/");
            publish(frontline, now.minus(Duration.ofDays(5)), 2);
            var appointments = article(
                    editor,
                    "new-regional-leads-appointed",
                    "New regional leads appointed",
                    "The network welcomes four regional leads for the North West, the Midlands, London and the South West.",
                    """
                    Four members have agreed to lead the network's regional events for the next two years. They will \
                    organise at least two meetings a year in their region and report back at the annual conference.
                    """,
                    List.of("network", "appointments"),
                    Visibility.PUBLIC,
                    null,
                    null);
            publish(appointments, now.minus(Duration.ofDays(9)), null);
            var minutes = article(
                    editor,
                    "steering-group-notes-november",
                    "Steering group notes: November",
                    "For members: the steering group's notes on the 2027 programme, the budget and the next conference venue.",
                    """
                    The steering group met on 12 November. Members-only notes:

                    - the 2027 programme keeps the summer school and adds two regional days;
                    - the conference moves to **Birmingham**;
                    - a working group will refresh the *CCIO handbook*.
                    """,
                    List.of("network"),
                    Visibility.MEMBERS,
                    null,
                    null);
            publish(minutes, now.minus(Duration.ofDays(12)), null);
            var webinar = article(
                    editor,
                    "webinar-nursing-documentation-burden",
                    "Webinar: reducing the nursing documentation burden",
                    "A lunchtime webinar with three CNIOs on what they removed from admission paperwork, and how.",
                    "Join three CNIOs for a lunchtime webinar on cutting duplicate documentation after an EPR go-live.",
                    List.of("events", "nursing"),
                    Visibility.PUBLIC,
                    null,
                    null);
            webinar.schedule(now.plus(Duration.ofDays(1)), now);
            article(
                    editor,
                    "draft-ai-scribes-position",
                    "Draft: the network's view on ambient AI scribes",
                    "Work in progress: what members have told us about ambient voice technology pilots.",
                    "Still collecting examples: assurance, consent, and what changed for clinicians' time.",
                    List.of("ai"),
                    Visibility.MEMBERS,
                    null,
                    null);
            return true;
        }

        private Article article(
                Member editor,
                String slug,
                String title,
                String summary,
                String body,
                List<String> tags,
                Visibility visibility,
                String sourceName,
                String sourceUrl) {
            Instant now = clock.instant();
            var article = new Article(slug, editor, now);
            article.write(
                    new ArticleContent(title, summary, body, tags, sourceName, sourceUrl, visibility, null),
                    Markdown.toSafeHtml(body),
                    now);
            em.persist(article);
            em.flush();
            em.persist(new ArticleRevision(article, editor, now));
            return article;
        }

        private static void publish(Article article, Instant at, Integer featuredRank) {
            article.publish(at);
            article.feature(featuredRank);
        }
    }
}
