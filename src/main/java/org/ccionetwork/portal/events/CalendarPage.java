package org.ccionetwork.portal.events;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccionetwork.portal.security.Viewer;
import org.ccionetwork.portal.text.Formats;
import org.omnifaces.cdi.Param;

/** /events/calendar.xhtml?month=2027-07: a month of events as a calendar, weeks from Monday, in UK dates. */
@Named
@RequestScoped
public class CalendarPage {

    /** One day of the grid: its date, whether it is in the month shown, and the events starting that day. */
    public record Day(LocalDate date, boolean inMonth, List<Event> events) {

        public int getNumber() {
            return date.getDayOfMonth();
        }

        public String getLabel() {
            return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK));
        }
    }

    @Inject
    private EventService events;

    @Inject
    private Viewer viewer;

    @Inject
    private Clock clock;

    @Inject
    @Param(name = "month")
    private String month;

    private YearMonth shown;
    private List<List<Day>> weeks;

    public YearMonth getMonth() {
        if (shown == null) {
            try {
                shown = month == null ? null : YearMonth.parse(month);
            } catch (java.time.format.DateTimeParseException unreadable) {
                shown = null;
            }
            if (shown == null || shown.getYear() < 2000 || shown.getYear() > 2100) {
                shown = YearMonth.from(LocalDate.ofInstant(clock.instant(), Formats.UK));
            }
        }
        return shown;
    }

    public String getTitle() {
        return getMonth().format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    }

    public String getPrevious() {
        return getMonth().minusMonths(1).toString();
    }

    public String getNext() {
        return getMonth().plusMonths(1).toString();
    }

    /** The weeks of the month, Monday to Sunday, with the days of the months either side greyed. */
    public List<List<Day>> getWeeks() {
        if (weeks == null) {
            LocalDate first = getMonth().atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate last = getMonth().atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            var all = events.between(
                    viewer,
                    first.atStartOfDay(Formats.UK).toInstant(),
                    last.plusDays(1).atStartOfDay(Formats.UK).toInstant());
            weeks = new ArrayList<>();
            for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
                var week = new ArrayList<Day>();
                for (int i = 0; i < 7; i++) {
                    LocalDate date = monday.plusDays(i);
                    week.add(new Day(
                            date,
                            YearMonth.from(date).equals(getMonth()),
                            all.stream()
                                    .filter(e -> LocalDate.ofInstant(e.getStarts(), Formats.UK)
                                            .equals(date))
                                    .toList()));
                }
                weeks.add(week);
            }
        }
        return weeks;
    }

    public String link(Event event) {
        return Links.event(event.getSlug());
    }
}
