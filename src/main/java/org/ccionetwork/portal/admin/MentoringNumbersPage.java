package org.ccionetwork.portal.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ccionetwork.portal.mentoring.Mentoring;
import org.ccionetwork.portal.security.Viewer;

/** /admin/mentoring.xhtml: the mentoring scheme in numbers, never who is paired with whom (admins). */
@Named
@RequestScoped
public class MentoringNumbersPage {

    @Inject
    private Mentoring mentoring;

    @Inject
    private Viewer viewer;

    private Mentoring.Numbers numbers;

    public Mentoring.Numbers getNumbers() {
        if (numbers == null) {
            numbers = mentoring.numbers(viewer);
        }
        return numbers;
    }
}
