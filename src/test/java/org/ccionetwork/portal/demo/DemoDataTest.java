package org.ccionetwork.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.ccionetwork.portal.shared.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The demo content's files hold together: everyone who writes is one of its people, every topic
 * and item is in one of its categories or collections, every shared file is there, and it shows
 * what a newcomer should see (public and members-only spaces, a featured, a scheduled and a draft
 * article, a file due for review).
 */
class DemoDataTest {

    private final DemoData data = DemoData.read();

    @Test
    void everyReferenceLeadsToSomethingInTheData() {
        var people = data.people().stream().map(DemoData.Person::username).collect(Collectors.toSet());
        var categories =
                data.categories().stream().map(DemoData.CategoryData::slug).collect(Collectors.toSet());
        var collections =
                data.collections().stream().map(DemoData.CollectionData::slug).collect(Collectors.toSet());
        var broken = new ArrayList<String>();
        for (var topic : data.topics()) {
            check(people.contains(topic.author()), "author " + topic.author() + " of " + topic.title(), broken);
            check(categories.contains(topic.category()), "category of " + topic.title(), broken);
            topic.replies()
                    .forEach(reply -> check(people.contains(reply.author()), "reply author " + reply.author(), broken));
        }
        for (var item : data.items()) {
            check(people.contains(item.sharer()), "sharer " + item.sharer() + " of " + item.title(), broken);
            check(collections.contains(item.collection()), "collection of " + item.title(), broken);
            check((item.file() == null) != (item.link() == null), "a file or a link: " + item.title(), broken);
            if (item.file() != null) {
                check(DemoData.file(item.file()).length > 0, "file " + item.file(), broken);
            }
        }
        assertEquals(List.of(), broken, "references that lead nowhere");
        assertEquals(categories.size(), data.categories().size(), "category slugs are unique");
        assertEquals(collections.size(), data.collections().size(), "collection slugs are unique");
        assertEquals(1, data.people().stream().filter(DemoData.Person::staff).count(), "one staff person");
    }

    @Test
    void itShowsWhatANewcomerShouldSee() {
        assertEquals(
                new HashSet<>(List.of(Visibility.PUBLIC, Visibility.MEMBERS)),
                data.categories().stream()
                        .map(DemoData.CategoryData::visibility)
                        .collect(Collectors.toSet()));
        assertTrue(data.topics().stream().anyMatch(DemoData.TopicData::pinned), "a pinned topic");
        assertTrue(data.topics().stream()
                .allMatch(t -> !t.body().isBlank() && !t.replies().isEmpty()));
        assertTrue(data.topics().getFirst().body().contains("\n\n1. Members-only"), "bodies keep their lines");
        assertTrue(data.articles().stream().anyMatch(DemoData.ArticleData::featured), "a featured article");
        assertTrue(data.articles().stream().anyMatch(a -> a.scheduledInDays() != null), "a scheduled article");
        assertTrue(
                data.articles().stream().anyMatch(a -> a.publishedDaysAgo() == null && a.scheduledInDays() == null),
                "a draft");
        assertTrue(
                data.items().stream().anyMatch(i -> i.reviewInDays() != null && i.reviewInDays() < 0),
                "a file due for review");
        assertTrue(data.items().stream().anyMatch(i -> i.link() != null), "a link");
    }

    private static void check(boolean holds, String what, List<String> broken) {
        if (!holds) {
            broken.add(what);
        }
    }
}
