package org.ccionetwork.portal.search;

import java.util.Collection;
import java.util.List;

/**
 * A feature's contribution to the search (DESIGN.md: each feature contributes its documents): it
 * writes the documents of its things as they are now, and lists them all for a first indexing. A
 * thing not to be found (hidden, deleted, unpublished) has no document: the search forgets it.
 */
public interface SearchSource {

    /** The kind of its documents, as {@link SearchKind} names it. */
    SearchKind kind();

    /** The documents of those of these things that may be found, as they are now. */
    List<SearchDocument> documents(Collection<Long> refs);

    /** The ids of its things above {@code after}, in order, at most {@code limit}: for the first indexing. */
    List<Long> refsAfter(long after, int limit);
}
