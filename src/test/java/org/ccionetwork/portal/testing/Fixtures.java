package org.ccionetwork.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccionetwork.portal.shared.Visibility;

/**
 * What a browser test needs in the portal, made for it through {@link FixturesServlet} (deploy
 * {@link Deployments#portalWithFixtures()}): categories, collections, topics, articles, library items
 * of its own, never the demo content's.
 */
public final class Fixtures {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String portal;

    public Fixtures(String portal) {
        this.portal = portal;
    }

    /** A new forum category; answers its slug. */
    public String category(Visibility visibility) {
        return make("category", Map.of("visibility", visibility.name()));
    }

    /** A new library collection (not reviewed); answers its slug. */
    public String collection() {
        return make("collection", Map.of());
    }

    /** A new topic in the category; answers its path. */
    public String topic(String categorySlug, String title) {
        return make("topic", Map.of("category", categorySlug, "title", title));
    }

    /** A new topic in the category with tags (separated by spaces); answers its path. */
    public String topic(String categorySlug, String title, String tags) {
        return make("topic", Map.of("category", categorySlug, "title", title, "tags", tags));
    }

    /** A new published article; answers its path. */
    public String article(Visibility visibility, String title) {
        return article(visibility, title, "");
    }

    /** A new published article with a tag; answers its path. */
    public String article(Visibility visibility, String title, String tag) {
        return make("article", Map.of("visibility", visibility.name(), "title", title, "tags", tag));
    }

    /** A new draft article with a tag (never published); answers the path it would have. */
    public String draft(Visibility visibility, String title, String tag) {
        return make("article", Map.of("visibility", visibility.name(), "title", title, "tags", tag, "status", "draft"));
    }

    /** A new public article scheduled to publish in this many seconds; answers the path it will have. */
    public String scheduled(String title, int inSeconds) {
        return make(
                "article",
                Map.of(
                        "visibility",
                        "PUBLIC",
                        "title",
                        title,
                        "status",
                        "scheduled",
                        "in-seconds",
                        String.valueOf(inSeconds)));
    }

    /** A new library link in the collection; answers its path. */
    public String item(String collectionSlug, Visibility visibility, String title) {
        return make("item", Map.of("collection", collectionSlug, "visibility", visibility.name(), "title", title));
    }

    /** Entries in the audit log, oldest first: "{title} 1" to "{title} {count}". */
    public void auditEntries(String title, int count) {
        make("audit", Map.of("title", title, "count", String.valueOf(count)));
    }

    /** A regional event a week ahead, registration open; published unless {@code draft}; answers its slug. */
    /** A published event whose places the organisers award to those who apply; answers its slug. */
    public String eventByApplication(String title, int capacity) {
        return make(
                "event",
                Map.of(
                        "visibility",
                        "PUBLIC",
                        "title",
                        title,
                        "capacity",
                        String.valueOf(capacity),
                        "places",
                        "application",
                        "status",
                        "published"));
    }

    public String event(Visibility visibility, String title, int capacity, boolean draft) {
        return make(
                "event",
                Map.of(
                        "visibility",
                        visibility.name(),
                        "title",
                        title,
                        "capacity",
                        String.valueOf(capacity),
                        "status",
                        draft ? "draft" : "published"));
    }

    /** {@code count} new members register at once for the event; answers the outcomes and the places taken. */
    public String rush(String eventSlug, int count) {
        return make("rush", Map.of("event", eventSlug, "count", String.valueOf(count)));
    }

    /** One round of the events' reminders (and deleting past events' needs): how many reminders went. */
    public int reminders() {
        return Integer.parseInt(make("reminders", Map.of()));
    }

    /** The member's digest, written now: "written", or "nothing" when nothing was new. */
    public String digest(String username) {
        return make("digest", Map.of("user", username));
    }

    /** The member's profession and region, and the profile fields they hide (e.g. "ROLE,REGION"). */
    public void profile(String username, String role, String region, String hidden) {
        make("profile", Map.of("user", username, "role", role, "region", region, "hidden", hidden));
    }

    private String make(String what, Map<String, String> details) {
        var fields = new LinkedHashMap<String, String>(details);
        fields.put("make", what);
        String form = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            var response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(portal + "/testing/fixtures"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "Making a " + what + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
