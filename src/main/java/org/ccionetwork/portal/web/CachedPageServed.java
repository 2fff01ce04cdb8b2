package org.ccionetwork.portal.web;

import java.util.function.Function;

/**
 * A visitor was answered from the page cache, without the page's own code running: the feature
 * whose page it is observes this to count what the page would have counted (the forum its views).
 */
public record CachedPageServed(String path, Function<String, String> parameter) {}
