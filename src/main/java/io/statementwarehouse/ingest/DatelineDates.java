package io.statementwarehouse.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Map;

/**
 * The day of a dateline ("BAKU, Nov. 14"), with its year taken from the publication date: the year that
 * puts it closest to publication (a "Dec. 31" dateline published on January 2 is last year's).
 * News agencies write "on Wednesday", "today" and "yesterday" relative to the dateline, which is often a
 * day or two before the page's date.
 */
final class DatelineDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DatelineDates() {
    }

    static LocalDate resolve(String monthDay, LocalDate published) {
        if (published == null) {
            return null;
        }
        String[] parts = monthDay.replace(".", "").trim().split("\\s+");
        Integer month = parts[0].length() >= 3 ? MONTHS.get(parts[0].substring(0, 3).toLowerCase(Locale.ROOT)) : null;
        if (month == null) {
            return null;
        }
        int day;
        try {
            day = Integer.parseInt(parts[1]);
            MonthDay.of(month, day);
        } catch (RuntimeException e) {
            return null;
        }
        LocalDate best = null;
        for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
            LocalDate candidate = PublicationDates.of(year, month, day).orElse(null);
            if (candidate != null && (best == null
                    || Math.abs(candidate.toEpochDay() - published.toEpochDay()) < Math.abs(best.toEpochDay() - published.toEpochDay()))) {
                best = candidate;
            }
        }
        return best;
    }
}
