package org.ccionetwork.portal.forum;

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
 * Demo forums for the run command ({@code portal.demo-content=true}): public and members-only
 * categories with realistic topics and replies, written by a few fictional members, so that a
 * newcomer sees a living portal. Loaded once: not again when its "welcome" category exists.
 */
@ApplicationScoped
public class ForumDemoContent {

    private static final Logger LOG = Logger.getLogger(ForumDemoContent.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-content", defaultValue = "false")
    boolean enabled;

    @Inject
    private Database database;

    @Inject
    private Seeder seeder;

    void seedOnStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
                    Object event) {
        DemoContent.load(enabled, database, "forum content", seeder::seed, LOG);
    }

    /** The transactional part. */
    @ApplicationScoped
    @Transactional
    public static class Seeder {

        @Inject
        @PortalData
        private EntityManager em;

        @Inject
        private MemberService members;

        @Inject
        private Clock clock;

        /** Demo posts are indexed for search like any other. */
        @Inject
        private jakarta.enterprise.event.Event<PostWritten> postWritten;

        boolean seed() {
            if (em.createQuery("select count(c) from Category c where c.slug = 'welcome'", Long.class)
                            .getSingleResult()
                    > 0) {
                return false;
            }
            var priya = person("demo-priya", "Dr Priya Raman", "RR8", "Leeds Teaching Hospitals NHS Trust");
            var tom = person("demo-tom", "Tom Okoye", "RJ1", "Guy's and St Thomas' NHS Foundation Trust");
            var sarah = person(
                    "demo-sarah", "Dr Sarah Whitfield", "RTH", "Oxford University Hospitals NHS Foundation Trust");
            var james = person("demo-james", "James Patel", "RWE", "University Hospitals of Leicester NHS Trust");

            var welcome = category(
                    "welcome",
                    "Welcome and announcements",
                    "News about the network, the summer school and regional events.",
                    "#005eb8",
                    1,
                    Visibility.PUBLIC);
            var epr = category(
                    "epr",
                    "EPR implementation",
                    "Procurement, go-live, optimisation: what worked and what did not.",
                    "#007f3b",
                    2,
                    Visibility.MEMBERS);
            var safety = category(
                    "clinical-safety",
                    "Clinical safety",
                    "DCB0129 and DCB0160 in practice: hazard logs, safety cases, CSOs.",
                    "#d5281b",
                    3,
                    Visibility.MEMBERS);
            var nursing = category(
                    "nursing-informatics",
                    "Nursing and AHP informatics",
                    "For CNIOs, nurses and allied health professionals leading digital change.",
                    "#330072",
                    4,
                    Visibility.MEMBERS);
            var careers = category(
                    "careers",
                    "Careers and development",
                    "Becoming a CCIO, job plans, fellowships and qualifications.",
                    "#ffb81c",
                    5,
                    Visibility.PUBLIC);

            Instant now = clock.instant();
            topic(
                    welcome,
                    priya,
                    "Welcome to the CCIO Network portal",
                    TopicKind.DISCUSSION,
                    List.of("welcome"),
                    now.minus(Duration.ofDays(20)),
                    """
                    Welcome, everyone. This is the network's own space: **forums**, curated **news**, a **library** of \
                    handbooks and slides, and our **events**.

                    A few house rules:

                    1. Members-only categories run under the *Chatham House rule*.
                    2. Be kind: we are all learning.
                    3. Flag anything that needs a moderator's eye.
                    """,
                    List.of(tom, "Great to have this. Looking forward to the summer school threads!"),
                    List.of(james, "Thanks Priya. Is there a place for AHP-specific discussion?"),
                    List.of(priya, "Yes: see *Nursing and AHP informatics*, it is for all of us."));
            var pin = topic(
                    welcome,
                    sarah,
                    "Summer school 2027: save the date",
                    TopicKind.DISCUSSION,
                    List.of("summer-school", "events"),
                    now.minus(Duration.ofDays(6)),
                    "The summer school runs **5 to 9 July 2027**. Programme and bursaries to follow; reply here with session ideas.",
                    List.of(james, "Could we have a session on *digital nursing documentation*?"),
                    List.of(tom, "+1, and one on benefits realisation after go-live."));
            pin.setPinned(true);

            topic(
                    epr,
                    tom,
                    "Go-live readiness: what would you check in the last two weeks?",
                    TopicKind.QUESTION,
                    List.of("epr", "go-live"),
                    now.minus(Duration.ofDays(3)),
                    """
                    We go live in a month. Beyond the cutover plan, what did you wish you had checked in the \
                    final two weeks?

                    | Area | Our status |
                    |------|-----------|
                    | Smartcard access | 92% |
                    | Super-user rota | done |
                    | Downtime procedures | in draft |
                    """,
                    List.of(
                            priya,
                            "Downtime procedures, rehearsed on the wards, not just written. And a clear route for *clinical* issues in the command centre."),
                    List.of(
                            sarah,
                            "Check order sets against the formulary one last time; we found three mismatches on day one."),
                    List.of(james, "Make sure therapy teams have their own floor-walkers."));
            topic(
                    epr,
                    sarah,
                    "Optimisation after year one: how do you prioritise requests?",
                    TopicKind.DISCUSSION,
                    List.of("epr", "optimisation"),
                    now.minus(Duration.ofDays(9)),
                    "We have 400+ change requests. Do you score them? We are trying *safety, time saved, number of users*.",
                    List.of(
                            priya,
                            "We use a clinical design authority that meets fortnightly; transparency matters more than the formula."));
            topic(
                    safety,
                    priya,
                    "Hazard log templates for DCB0160",
                    TopicKind.QUESTION,
                    List.of("dcb0160", "safety"),
                    now.minus(Duration.ofDays(12)),
                    "Does anyone have a hazard log template they are happy to share? Ours is a spreadsheet that has grown wild.",
                    List.of(
                            tom,
                            "We moved ours to a structured form with a review date per hazard: happy to share in the library."));
            topic(
                    nursing,
                    james,
                    "Structured nursing assessments: which ones first?",
                    TopicKind.DISCUSSION,
                    List.of("nursing", "documentation"),
                    now.minus(Duration.ofDays(2)),
                    "Falls, pressure ulcers, nutrition (MUST)... which did you digitise first, and why?",
                    List.of(tom, "Falls and pressure ulcers: they drive the most harm reporting."));
            topic(
                    careers,
                    sarah,
                    "Routes into a CCIO role",
                    TopicKind.DISCUSSION,
                    List.of("careers"),
                    now.minus(Duration.ofDays(15)),
                    "For trainees wondering how to get started: fellowships, FCI membership, and saying yes to projects.",
                    List.of(james, "The Topol fellowship was my way in."));
            return true;
        }

        private Member person(String key, String name, String odsCode, String organisation) {
            return members.recordSignIn(new SignInClaims(
                    "demo:" + key,
                    key.replace("demo-", ""),
                    name,
                    key + "@example.org",
                    odsCode,
                    organisation,
                    Set.of(Role.MEMBER)));
        }

        private Category category(
                String slug, String name, String description, String colour, int position, Visibility visibility) {
            var category = new Category(slug, name, description, colour, position, visibility, null);
            em.persist(category);
            em.flush();
            return category;
        }

        @SafeVarargs
        private Topic topic(
                Category category,
                Member author,
                String title,
                TopicKind kind,
                List<String> tags,
                Instant start,
                String body,
                List<Object>... replies) {
            var topic = new Topic(category, title, kind, author, tags, start);
            em.persist(topic);
            em.flush();
            var opening = new Post(
                    topic,
                    topic.nextPost(author, start),
                    author,
                    body.strip(),
                    Markdown.toSafeHtml(body.strip()),
                    null,
                    start);
            em.persist(opening);
            em.flush();
            postWritten.fire(new PostWritten(topic.getId(), opening.getId(), title + "\n" + body));
            category.topicStarted(start);
            Instant when = start;
            for (List<Object> reply : replies) {
                when = when.plus(Duration.ofHours(5));
                var poster = (Member) reply.get(0);
                String text = (String) reply.get(1);
                var post = new Post(
                        topic, topic.nextPost(poster, when), poster, text, Markdown.toSafeHtml(text), null, when);
                em.persist(post);
                em.flush();
                postWritten.fire(new PostWritten(topic.getId(), post.getId(), text));
                category.postAdded(when);
            }
            return topic;
        }
    }
}
