package org.ccionetwork.portal.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.ccionetwork.portal.testing.KeycloakUsers;
import org.ccionetwork.portal.testing.PortalClient;

/**
 * Members writing while others read (#17). Each writer is a member of their own, signed in through
 * Keycloak, who opens a topic page and sends its reply form as a browser does (the page's state and
 * the form's fields); every fourth time they also open another topic and like a post there through
 * the posts' form. A form is timed from sending it to the portal's redirect; any other answer, or
 * an error, is a failure. Each writer replies in a topic of their own and likes in topics of their
 * own (each seeded topic has posts by others to like), never the measured one.
 */
final class Writers {

    /** What the writers did in one run: per second, the latencies of the forms sent (ms), and the failures. */
    record Outcome(
            double repliesPerSecond,
            double replyP50,
            double replyP99,
            double likesPerSecond,
            double likeP50,
            double likeP99,
            long failures) {}

    private static final Pattern LIKE = Pattern.compile("name=\"posts:act\" value=\"(like:[0-9]+:[0-9]+)\"");
    private static final String PASSWORD = "bench-writer-password";

    /** How many topics to like in each writer has, after their first. */
    private static final int LIKE_TOPICS_EACH = 5000;

    private final List<PortalClient> members;
    private final List<String> topics;
    private final long firstLikeTopic;
    private final AtomicLong[] liked;

    private Writers(List<PortalClient> members, List<String> topics, long firstLikeTopic) {
        this.members = members;
        this.topics = topics;
        this.firstLikeTopic = firstLikeTopic;
        this.liked = new AtomicLong[members.size()];
        for (int i = 0; i < liked.length; i++) {
            liked[i] = new AtomicLong();
        }
    }

    /**
     * As many writers as topics, each made in Keycloak and signed in; writer i likes in the seeded
     * topics from {@code firstLikeTopic + i * LIKE_TOPICS_EACH} on.
     */
    static Writers signIn(String portal, String keycloakUrl, List<String> topics, long firstLikeTopic) {
        var members = new ArrayList<PortalClient>();
        try (var users = new KeycloakUsers(keycloakUrl)) {
            for (int i = 0; i < topics.size(); i++) {
                String name = "bench-writer-" + i;
                users.createMember(name, PASSWORD);
                var client = new PortalClient(portal);
                client.signIn(name, PASSWORD, topics.get(i));
                members.add(client);
            }
        }
        return new Writers(members, topics, firstLikeTopic);
    }

    int count() {
        return members.size();
    }

    Outcome run(Duration duration) throws Exception {
        var replies = Collections.synchronizedList(new ArrayList<Double>());
        var likes = Collections.synchronizedList(new ArrayList<Double>());
        var failures = new AtomicLong();
        long started = System.nanoTime();
        long until = started + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(members.size());
        try {
            var work = new ArrayList<Future<?>>();
            for (int i = 0; i < members.size(); i++) {
                var member = members.get(i);
                String topic = topics.get(i);
                int writer = i;
                work.add(pool.submit(() -> write(member, topic, writer, until, replies, likes, failures)));
            }
            for (var each : work) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Outcome(
                replies.size() / seconds,
                percentile(replies, 50),
                percentile(replies, 99),
                likes.size() / seconds,
                percentile(likes, 50),
                percentile(likes, 99),
                failures.get());
    }

    private void write(
            PortalClient member,
            String topic,
            int writer,
            long until,
            List<Double> replies,
            List<Double> likes,
            AtomicLong failures) {
        int n = 0;
        while (System.nanoTime() < until) {
            try {
                String page = member.get(topic).body();
                var form = PortalClient.form(
                        page,
                        "reply-form",
                        "reply-form:send",
                        Map.of(
                                "reply-form:body",
                                "Writer " + writer + ", reply " + n + ": we took the **discharge** summary live in"
                                        + " March; the hazard log and the super-users' rota were what made it work."));
                if (!timed(member, topic, form, replies)) {
                    failures.incrementAndGet();
                }
                if (n % 4 == 0) {
                    long k = liked[writer].getAndIncrement() % LIKE_TOPICS_EACH;
                    String other = "/forum/topic.xhtml?id=" + (firstLikeTopic + (long) writer * LIKE_TOPICS_EACH + k);
                    String otherPage = member.get(other).body();
                    var like = LIKE.matcher(otherPage);
                    if (!like.find()) {
                        throw new IllegalStateException("no post to like in " + other);
                    }
                    var fields = PortalClient.form(otherPage, "posts", "posts:act", Map.of());
                    fields.put("posts:act", like.group(1));
                    if (!timed(member, other, fields, likes)) {
                        failures.incrementAndGet();
                    }
                }
            } catch (RuntimeException e) {
                failures.incrementAndGet();
            }
            n++;
        }
    }

    /** Sends the form; answers whether the portal redirected, as it does when the action was done. */
    private static boolean timed(PortalClient member, String topic, Map<String, String> form, List<Double> latencies) {
        long sent = System.nanoTime();
        var answer = member.postForm(topic, form);
        double millis = (System.nanoTime() - sent) / 1e6;
        if (answer.statusCode() != 302) {
            return false;
        }
        latencies.add(millis);
        return true;
    }

    private static double percentile(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return -1;
        }
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
