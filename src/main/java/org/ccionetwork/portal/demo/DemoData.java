package org.ccionetwork.portal.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.ccionetwork.portal.events.EventKind;
import org.ccionetwork.portal.forum.TopicKind;
import org.ccionetwork.portal.shared.Visibility;

/**
 * The demo content as data: the JSON files in {@code src/main/resources/demo/} (people, forum,
 * news, library) and the files shared in the library ({@code demo/files/}), read into records.
 * Markdown bodies are arrays of lines. Times are relative ("days ago"), so that the demo always
 * looks recent.
 */
record DemoData(
        List<Person> people,
        List<CategoryData> categories,
        List<TopicData> topics,
        List<ArticleData> articles,
        List<CollectionData> collections,
        List<ItemData> items,
        List<EventData> events) {

    static final String FOLDER = "demo/";

    /** A member the demo content is written by; staff are moderators (the news editor). */
    /**
     * A demo person; the subject is their Keycloak id when they can sign in (the demo member), else
     * made up; mentors names the areas they offer to mentor in (none: no offer).
     */
    record Person(
            String username,
            String name,
            String odsCode,
            String organisation,
            boolean staff,
            String subject,
            List<String> expertise,
            boolean askable,
            List<String> mentors) {}

    record CategoryData(String slug, String name, String description, String colour, Visibility visibility) {}

    /** A topic and its replies, started some days ago; replies follow five hours apart. */
    record TopicData(
            String category,
            String author,
            int daysAgo,
            TopicKind kind,
            List<String> tags,
            boolean pinned,
            String title,
            String body,
            List<Reply> replies) {}

    record Reply(String author, String body) {}

    /** An article: published some days ago (featured or not), scheduled some days ahead, or a draft. */
    record ArticleData(
            String title,
            String summary,
            String body,
            List<String> tags,
            Visibility visibility,
            String sourceName,
            String sourceUrl,
            Integer publishedDaysAgo,
            boolean featured,
            Integer scheduledInDays) {}

    record CollectionData(String slug, String name, String description, boolean reviewed) {}

    /** A file (its name in demo/files/) or a link, with a review date some days from today if it has one. */
    record ItemData(
            String collection,
            String sharer,
            String file,
            String link,
            Integer reviewInDays,
            String title,
            String description,
            List<String> tags,
            Visibility visibility) {}

    /** An event some days from today (negative: past), its places, and the demo people registered, in order. */
    record EventData(
            String title,
            EventKind kind,
            String region,
            String venue,
            String onlineUrl,
            int startsInDays,
            java.math.BigDecimal hours,
            int capacity,
            java.math.BigDecimal cpdHours,
            Visibility visibility,
            String description,
            List<String> registered,
            boolean byApplication,
            List<Application> applications,
            List<String> checkedIn,
            List<Reply> discussion,
            List<Slides> slides) {}

    /** Slides shared in the library's event-slides collection for an event, as a link. */
    record Slides(String sharer, String title, String link, String description) {}

    /** Someone applying for a place, and the organisers' decision when made (AWARD, RESERVE, DECLINE). */
    record Application(String user, String statement, String decision) {}

    static DemoData read() {
        var forum = object("forum.json");
        var library = object("library.json");
        return new DemoData(
                list(
                        array("people.json"),
                        p -> new Person(
                                text(p, "username"),
                                text(p, "name"),
                                text(p, "odsCode"),
                                text(p, "organisation"),
                                p.getBoolean("staff", false),
                                p.getString("subject", "demo:demo-" + text(p, "username")),
                                p.containsKey("expertise") ? strings(p, "expertise") : List.of(),
                                p.getBoolean("askable", false),
                                p.containsKey("mentors") ? strings(p, "mentors") : List.of())),
                list(
                        forum.getJsonArray("categories"),
                        c -> new CategoryData(
                                text(c, "slug"),
                                text(c, "name"),
                                text(c, "description"),
                                text(c, "colour"),
                                Visibility.valueOf(text(c, "visibility")))),
                list(
                        forum.getJsonArray("topics"),
                        t -> new TopicData(
                                text(t, "category"),
                                text(t, "author"),
                                t.getInt("daysAgo"),
                                TopicKind.valueOf(text(t, "kind")),
                                strings(t, "tags"),
                                t.getBoolean("pinned", false),
                                text(t, "title"),
                                lines(t, "body"),
                                list(t.getJsonArray("replies"), r -> new Reply(text(r, "author"), lines(r, "body"))))),
                list(
                        array("news.json"),
                        a -> new ArticleData(
                                text(a, "title"),
                                text(a, "summary"),
                                lines(a, "body"),
                                strings(a, "tags"),
                                Visibility.valueOf(text(a, "visibility")),
                                text(a, "sourceName"),
                                text(a, "sourceUrl"),
                                number(a, "publishedDaysAgo"),
                                a.getBoolean("featured", false),
                                number(a, "scheduledInDays"))),
                list(
                        library.getJsonArray("collections"),
                        c -> new CollectionData(
                                text(c, "slug"),
                                text(c, "name"),
                                text(c, "description"),
                                c.getBoolean("reviewed", false))),
                list(
                        library.getJsonArray("items"),
                        i -> new ItemData(
                                text(i, "collection"),
                                text(i, "sharer"),
                                text(i, "file"),
                                text(i, "link"),
                                number(i, "reviewInDays"),
                                text(i, "title"),
                                text(i, "description"),
                                strings(i, "tags"),
                                Visibility.valueOf(text(i, "visibility")))),
                list(
                        array("events.json"),
                        e -> new EventData(
                                text(e, "title"),
                                EventKind.valueOf(text(e, "kind")),
                                text(e, "region"),
                                text(e, "venue"),
                                text(e, "onlineUrl"),
                                e.getInt("startsInDays"),
                                e.getJsonNumber("hours").bigDecimalValue(),
                                e.getInt("capacity"),
                                new java.math.BigDecimal(text(e, "cpdHours")),
                                Visibility.valueOf(text(e, "visibility")),
                                text(e, "description"),
                                strings(e, "registered"),
                                e.getBoolean("byApplication", false),
                                list(
                                        e.getJsonArray("applications"),
                                        a -> new Application(
                                                text(a, "user"), text(a, "statement"), text(a, "decision"))),
                                strings(e, "checkedIn"),
                                list(e.getJsonArray("discussion"), r -> new Reply(text(r, "author"), text(r, "body"))),
                                list(
                                        e.getJsonArray("slides"),
                                        s -> new Slides(
                                                text(s, "sharer"),
                                                text(s, "title"),
                                                text(s, "link"),
                                                text(s, "description"))))));
    }

    /** A file shared in the demo library, from demo/files/. */
    static byte[] file(String name) {
        try (InputStream in = open("files/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        var in = DemoData.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("No demo file " + FOLDER + name);
        }
        return in;
    }

    private static JsonObject object(String name) {
        try (var reader = Json.createReader(open(name))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(String name) {
        try (var reader = Json.createReader(open(name))) {
            return reader.readArray();
        }
    }

    private static <T> List<T> list(JsonArray array, Function<JsonObject, T> each) {
        return array == null
                ? List.of()
                : array.getValuesAs(JsonObject.class).stream().map(each).toList();
    }

    private static String text(JsonObject object, String name) {
        return object.getString(name, null);
    }

    private static Integer number(JsonObject object, String name) {
        return object.containsKey(name) ? object.getInt(name) : null;
    }

    private static List<String> strings(JsonObject object, String name) {
        var array = object.getJsonArray(name);
        return array == null
                ? List.of()
                : array.getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList();
    }

    /** Markdown written as an array of lines. */
    private static String lines(JsonObject object, String name) {
        var value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        return String.join("\n", strings(object, name));
    }
}
