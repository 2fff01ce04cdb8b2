package org.ccionetwork.portal.forum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ccionetwork.portal.members.Member;
import org.ccionetwork.portal.members.Profile;
import org.ccionetwork.portal.persistence.PortalData;
import org.ccionetwork.portal.persistence.Times;
import org.ccionetwork.portal.search.Words;
import org.ccionetwork.portal.security.Role;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.Visibility;

/**
 * Who has done this before: for the author of an open question, up to {@value #MOST} members who
 * could answer it, with one click to ask them (a reply that mentions them). Only members who are
 * happy to be asked ({@link Member#isAskable}) and still in the network are suggested, never the
 * author, only members who may read the question, and nobody asked {@value #ASKS_PER_WEEK} times
 * in the last seven days. A member is matched by the expertise they show (a hidden field is not
 * read), against the question's tags and title, and by their accepted answers and liked posts in
 * topics of the same tags.
 */
@ApplicationScoped
@Transactional
public class WhoCouldAnswer {

    static final int MOST = 5;
    static final int ASKS_PER_WEEK = 3;
    private static final int MOST_CANDIDATES = 2000;

    @Inject
    @PortalData
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Posting posting;

    @Inject
    private Categories categories;

    /** A member suggested, and why. */
    public record Suggestion(Member member, List<String> because) {}

    /** The members who could answer the viewer's own open question; none for anyone else or any other topic. */
    public List<Suggestion> suggestions(Viewer viewer, Topic topic) {
        if (!viewer.isMember()
                || !viewer.is(topic.getAuthor().getId())
                || !topic.isQuestion()
                || topic.isSolved()
                || topic.isDeleted()) {
            return List.of();
        }
        boolean membersOnly = categories.category(viewer, topic.getCategoryId()).getVisibility() == Visibility.MEMBERS;
        var tags = new LinkedHashSet<String>();
        topic.getTags().forEach(t -> tags.add(t.toLowerCase(Locale.ROOT)));
        var titleWords = new HashSet<>(Words.of(topic.getTitle(), 40));
        var since = Times.stored(clock.instant().minus(Duration.ofDays(7)));
        var candidates = em
                .createQuery(
                        "select m from Member m where m.askable = :yes and m.disabled = :no and m.leftNetwork = :no"
                                + " and m.id <> :author and (select count(a) from ExpertiseAsk a where a.memberId = m.id"
                                + " and a.asked > :since) < :most",
                        Member.class)
                .setParameter("yes", Boolean.TRUE)
                .setParameter("no", Boolean.FALSE)
                .setParameter("author", topic.getAuthor().getId())
                .setParameter("since", since)
                .setParameter("most", (long) ASKS_PER_WEEK)
                .setMaxResults(MOST_CANDIDATES)
                .getResultList()
                .stream()
                .filter(m -> m.getUsername() != null && (!membersOnly || m.hasRole(Role.MEMBER)))
                .toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> scores = new HashMap<>();
        Map<Long, List<String>> reasons = new HashMap<>();
        for (Member m : candidates) {
            if (!m.shows(Profile.Field.EXPERTISE)) {
                continue;
            }
            for (String expertise : m.getExpertiseList()) {
                String e = expertise.toLowerCase(Locale.ROOT);
                boolean matches = tags.contains(e) || titleWords.containsAll(List.of(e.split("-")));
                if (matches) {
                    scores.merge(m.getId(), 3, Integer::sum);
                    reasons.computeIfAbsent(m.getId(), id -> new ArrayList<>()).add("expertise: " + expertise);
                }
            }
        }
        if (!tags.isEmpty()) {
            answered(candidates, tags, true).forEach((id, n) -> {
                scores.merge(id, 2 * (int) Math.min(3, n), Integer::sum);
                reasons.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(n == 1 ? "an accepted answer on this" : n + " accepted answers on this");
            });
            answered(candidates, tags, false).forEach((id, n) -> {
                scores.merge(id, (int) Math.min(3, n), Integer::sum);
                reasons.computeIfAbsent(id, k -> new ArrayList<>()).add("liked posts on this");
            });
        }
        return candidates.stream()
                .filter(m -> scores.containsKey(m.getId()))
                .sorted(Comparator.comparing((Member m) -> -scores.get(m.getId()))
                        .thenComparing(Member::getId))
                .limit(MOST)
                .map(m -> new Suggestion(m, List.copyOf(reasons.get(m.getId()))))
                .toList();
    }

    /** Per candidate, their accepted answers (or liked posts) in topics with one of the tags. */
    private Map<Long, Long> answered(List<Member> candidates, Set<String> tags, boolean accepted) {
        // Native SQL: EclipseLink writes a JPQL report query's booleans as 0 on H2, which H2 refuses.
        var tagged = new StringBuilder();
        for (int i = 0; i < tags.size(); i++) {
            tagged.append(i == 0 ? "" : " or ").append("(' ' || t.tags || ' ') like ?");
        }
        var ids = candidates.stream().map(m -> String.valueOf(m.getId())).toList();
        var query = em.createNativeQuery("select p.author_id, count(*) from forum_posts p join forum_topics t"
                + " on t.id = p.topic_id where t.deleted = ? and p.deleted = ? and p.hidden = ?"
                + " and p.author_id in (" + String.join(", ", ids) + ") and (" + tagged + ")"
                + (accepted ? " and t.accepted_post_number = p.post_number" : " and p.like_count > 0")
                + " group by p.author_id");
        int i = 1;
        query.setParameter(i++, false);
        query.setParameter(i++, false);
        query.setParameter(i++, false);
        for (String tag : tags) {
            query.setParameter(i++, "% " + tag + " %");
        }
        var counts = new HashMap<Long, Long>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }

    /**
     * The author asks some of the members suggested: a reply that mentions them (so each is told),
     * and each ask noted for the weekly limit. Refused for anyone else, or a member not suggested now.
     */
    public Post ask(Viewer viewer, long topicId, List<Long> memberIds) {
        var topic = em.find(Topic.class, topicId);
        if (topic == null) {
            throw new org.ccionetwork.portal.shared.NotFoundException("topic");
        }
        var suggested = new HashMap<Long, Member>();
        suggestions(viewer, topic).forEach(s -> suggested.put(s.member().getId(), s.member()));
        if (memberIds.isEmpty() || !suggested.keySet().containsAll(memberIds)) {
            throw new NotAllowedException(
                    "Only the person who asked can ask the members suggested for their question.");
        }
        var now = Times.stored(clock.instant());
        var names = new StringBuilder();
        for (long id : new LinkedHashSet<>(memberIds)) {
            if (em.find(ExpertiseAsk.class, new ExpertiseAsk.Key(id, topicId)) == null) {
                em.persist(new ExpertiseAsk(id, topicId, now));
            }
            names.append(names.isEmpty() ? "" : " ")
                    .append('@')
                    .append(suggested.get(id).getUsername());
        }
        return posting.reply(
                viewer, topicId, names + " you may have done this before: could you help with this question?", null);
    }
}
