package org.ccionetwork.portal.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ccionetwork.portal.security.Viewer;

/** /members/cpd.xhtml: the member's CPD record from events they attended, with totals per year. */
@Named
@RequestScoped
public class CpdPage {

    @Inject
    private Attendance attendance;

    @Inject
    private Viewer viewer;

    private List<Attendance.CpdEntry> entries;

    public List<Attendance.CpdEntry> getEntries() {
        if (entries == null) {
            entries = attendance.cpd(viewer);
        }
        return entries;
    }

    /** Hours per year, the latest year first. */
    public List<Map.Entry<Integer, BigDecimal>> getYears() {
        var years = new TreeMap<Integer, BigDecimal>(java.util.Comparator.reverseOrder());
        for (var entry : getEntries()) {
            years.merge(entry.heldOn().getYear(), entry.hours(), BigDecimal::add);
        }
        return List.copyOf(years.entrySet());
    }
}
