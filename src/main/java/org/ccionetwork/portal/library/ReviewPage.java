package org.ccionetwork.portal.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ccionetwork.portal.security.Viewer;

/** /library/review.xhtml: handbooks and manuals due for review, to their owners (theirs) and to moderators (all). */
@Named
@RequestScoped
public class ReviewPage {

    @Inject
    private LibraryService library;

    @Inject
    private Viewer viewer;

    private List<Item> due;

    public List<Item> getDue() {
        if (due == null) {
            due = library.dueForReview(viewer);
        }
        return due;
    }
}
