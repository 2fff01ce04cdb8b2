package org.ccionetwork.portal.library;

import java.util.List;
import org.ccionetwork.portal.shared.NotAllowedException;
import org.ccionetwork.portal.shared.Visibility;

/** What a member says of an item they share; the form checks each field, this checks again on the server. */
public record ItemDetails(
        String title,
        String description,
        String collectionSlug,
        List<String> tags,
        Visibility visibility,
        String linkUrl) {

    public ItemDetails {
        title = title == null ? "" : title.strip();
        description = description == null ? "" : description;
        tags = tags == null ? List.of() : List.copyOf(tags);
        visibility = visibility == null ? Visibility.MEMBERS : visibility;
        linkUrl = linkUrl == null || linkUrl.isBlank() ? null : linkUrl.strip();
        require(title.length() >= 3 && title.length() <= 150, "A title needs 3 to 150 characters.");
        require(description.length() <= 20_000, "A description can be at most 20,000 characters.");
        require(
                linkUrl == null || (linkUrl.matches("(?i)https?://[^\\s]+") && linkUrl.length() <= 2000),
                "A link starts with https:// (or http://).");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new NotAllowedException(message);
        }
    }
}
