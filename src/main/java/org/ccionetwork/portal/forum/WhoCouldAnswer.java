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
                        "select m from Member m where m.askable = true and m.disabled = false and m.leftNetwork = false"
                                + " and m.id <> :author and (select count(a) from ExpertiseAsk a where a.memberId = m.id"
                                + " and a.asked > :since) < :most",
                        Member.class)
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
        var tagged = new StringBuilder();
        int i = 0;
        for (String ignored : tags) {
            tagged.append(i == 0 ? "" : " or ")
                    .append("concat(' ', t.tags, ' ') like :t")
                    .append(i++);
        }
        var query = em.createQuery(
                "select p.author.id, count(p) from Post p, Topic t where p.topicId = t.id and t.deleted = false"
                        + " and p.deleted = false and p.hidden = false and p.author.id in :ids and ("
                        + tagged + ")"
                        + (accepted ? " and t.acceptedPostNumber = p.postNumber" : " and p.likeCount > 0")
                        + " group by p.author.id",
                Object[].class);
        query.setParameter("ids", candidates.stream().map(Member::getId).toList());
        i = 0;
        for (String tag : tags) {
            query.setParameter("t" + i++, "% " + tag + " %");
        }
        var counts = new HashMap<Long, Long>();
        for (Object[] row : query.getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
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
