package org.ccionetwork.portal.library;

/** The library's URLs, in one place. */
public final class Links {

    private Links() {}

    public static String item(long itemId) {
        return "/library/item.xhtml?id=" + itemId;
    }

    public static String download(long itemId, int version) {
        return "/library/download/" + itemId + "/" + version;
    }

    public static String preview(long itemId, int version) {
        return "/library/preview/" + itemId + "/" + version;
    }
}
