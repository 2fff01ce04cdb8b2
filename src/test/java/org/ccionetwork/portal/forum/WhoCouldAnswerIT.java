package org.ccionetwork.portal.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ccionetwork.portal.members.MemberService;
import org.ccionetwork.portal.members.Profile;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.SignInClaims;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.Visibility;
import org.ccionetwork.portal.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed portal: who could answer a question. Only members who opted in, still in the
 * network, matched by the expertise they show or by their accepted answers on the question's tags;
 * only the question's author sees them and may ask them (a reply that mentions them, so each is
 * told); nobody is suggested again once asked three times in a week.
 */
@ExtendWith(ArquillianExtension.class)
class WhoCouldAnswerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private WhoCouldAnswer whoCouldAnswer;

    @Inject
    private Posting posting;

    @Inject
    private Categories categories;

    @Inject
    private Reading reading;

    @Inject
    private MemberService members;

    @Inject
    private org.ccionetwork.portal.notify.Notifications notifications;

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private org.ccionetwork.portal.persistence.Database database;

    private Viewer person(Role... roles) {
        String subject = UUID.randomUUID().toString();
        var member = members.recordSignIn(new SignInClaims(
                subject,
                "u-" + subject.substring(0, 8),
                "Expert " + subject.substring(0, 4),
                null,
                null,
                null,
                Set.of(roles)));
        return new Viewer(member.getId(), Set.of(roles));
    }

    private Viewer expert(boolean askable, List<String> expertise, Set<Profile.Field> hidden) {
        var viewer = person(Role.MEMBER);
        members.updateProfile(viewer, new Profile("CNIO", null, null, null, null, null, expertise, "", hidden));
        members.setAskable(viewer, askable);
        return viewer;
    }

    private List<Long> suggested(Viewer viewer, Topic topic) {
        return whoCouldAnswer.suggestions(viewer, reading.topic(viewer, topic.getId())).stream()
                .map(s -> s.member().getId())
                .toList();
    }

    @Test
    void suggestsOnlyWhoOptedInAndShowsIt() throws Exception {
        String tag = "ther" + UUID.randomUUID().toString().substring(0, 6);
        var admin = person(Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        var open =
                categories.createCategory(admin, "w-" + tag, "Who " + tag, "", "#005eb8", 1, Visibility.PUBLIC, null);
        var shows = expert(true, List.of(tag), Set.of());
        var notAskable = expert(false, List.of(tag), Set.of());
        var hides = expert(true, List.of(tag), Set.of(Profile.Field.EXPERTISE));
        var disabled = expert(true, List.of(tag), Set.of());
        try (var connection = database.dataSource().getConnection();
                var update = connection.prepareStatement("update members set disabled = true where id = ?")) {
            update.setLong(1, disabled.memberId()); // as an admin's disabling leaves it
            update.executeUpdate();
        }
        // One who declares nothing but gave the accepted answer to an earlier question with the tag.
        var answerer = expert(true, List.of(), Set.of());
        var earlierAsker = person(Role.MEMBER);
        var earlier = posting.startTopic(
                earlierAsker, open.getId(), "An earlier question", "Anyone?", TopicKind.QUESTION, List.of(tag));
        var answer = posting.reply(answerer, earlier.getId(), "We did it like this.", null);
        posting.acceptAnswer(earlierAsker, earlier.getId(), answer.getPostNumber());

        var asker = person(Role.MEMBER);
        var question = posting.startTopic(
                asker, open.getId(), "Going live with therapies", "Who has done it?", TopicKind.QUESTION, List.of(tag));

        var found = suggested(asker, question);
        assertEquals(
                Set.of(shows.memberId(), answerer.memberId()),
                Set.copyOf(found),
                "opted in and showing the expertise, or an accepted answer; never the others");
        assertEquals(shows.memberId(), found.getFirst(), "declared expertise first");
        assertTrue(!found.contains(notAskable.memberId())
                && !found.contains(hides.memberId())
                && !found.contains(disabled.memberId()));
        assertEquals(List.of(), suggested(person(Role.MEMBER), question), "nobody else sees them");
        assertEquals(List.of(), suggested(earlierAsker, earlier), "not once the question is answered");

        assertThrows(
                NotAllowedException.class,
                () -> whoCouldAnswer.ask(person(Role.MEMBER), question.getId(), List.of(shows.memberId())));
        assertThrows(
                NotAllowedException.class,
                () -> whoCouldAnswer.ask(asker, question.getId(), List.of(notAskable.memberId())),
                "a member not suggested cannot be asked this way");
        var asked = whoCouldAnswer.ask(asker, question.getId(), found);
        assertTrue(asked.getBodySource().contains("@" + members.me(shows).getUsername()));
        assertTrue(
                notifications.latest(shows).stream()
                        .anyMatch(n ->
                                n.notification().getKind() == org.ccionetwork.portal.notify.NotificationKind.MENTION),
                "each asked member is told by the mention");
    }

    @Test
    void nobodyIsSuggestedAgainOnceAskedThreeTimesInAWeek() throws Exception {
        String tag = "lim" + UUID.randomUUID().toString().substring(0, 6);
        var admin = person(Role.MEMBER, Role.MODERATOR, Role.ADMIN);
        var open =
                categories.createCategory(admin, "l-" + tag, "Limit " + tag, "", "#005eb8", 1, Visibility.PUBLIC, null);
        var expert = expert(true, List.of(tag), Set.of());
        for (int i = 0; i < WhoCouldAnswer.ASKS_PER_WEEK; i++) {
            var asker = person(Role.MEMBER);
            var question =
                    posting.startTopic(asker, open.getId(), "Question " + i, "?", TopicKind.QUESTION, List.of(tag));
            assertEquals(List.of(expert.memberId()), suggested(asker, question));
            whoCouldAnswer.ask(asker, question.getId(), List.of(expert.memberId()));
        }
        var asker = person(Role.MEMBER);
        var question = posting.startTopic(asker, open.getId(), "One more", "?", TopicKind.QUESTION, List.of(tag));
        assertEquals(List.of(), suggested(asker, question), "asked three times this week: left alone");
    }
}
