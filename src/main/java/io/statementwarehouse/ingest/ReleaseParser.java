package io.statementwarehouse.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw record into a {@link Release}: reads the text format's header lines, finds the
 * dateline, settles the source and the publication date. A record with no recognizable date is
 * rejected: without it no relative date in the text can be resolved.
 */
public final class ReleaseParser {

    /** {@code date 2024-11-14 Title} (the seed's first line may start with a space). */
    private static final Pattern DATE_LINE = Pattern.compile("^[ \\t\\uFEFF]*date\\s+(\\d{4}-\\d{1,2}(?:-\\d{1,2})?)[ \\t]*(.*)$");
    /**
     * The time line of People's Daily pages: {@code Xinhua) 17:25, November 14, 2024}, also with the
     * parenthesis kept, with no source, or with a date and no time.
     */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "^\\s*(?:\\(?\\s*([^()\\n]{1,60}?)\\s*\\))?\\s*(?:\\d{1,2}:\\d{2},\\s+)?([A-Z][a-z]+\\.? \\d{1,2}, \\d{4})\\s*$");
    /** {@code BAKU, Nov. 14 (Xinhua) -- }: a place in capitals, a month and day, the agency, a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^([A-Z][A-Z.'\\- ]+[A-Z.](?:,\\s[A-Z][A-Za-z.]+(?:\\s[A-Z][A-Za-z.]+)*)?),\\s+"
                    + "((?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})\\s*"
                    + "(?:\\(([^)]{1,60})\\))?\\s*(?:--|—|–|-)\\s*");
    /** China Daily's undated dateline: {@code BEIJING - } or {@code BEIJING -- }. */
    private static final Pattern PLACE_ONLY_DATELINE = Pattern.compile("^([A-Z]{2}[A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+){0,2}(?:, [A-Z][a-z]+)?)\\s+(?:--|-|—|–)\\s+");

    public sealed interface Result permits Parsed, Rejected {
    }

    public record Parsed(Release release) implements Result {
    }

    public record Rejected(RejectedRecord reject) implements Result {
    }

    public Result parse(RawRelease raw) {
        String body = raw.body();
        String title = raw.title();
        String source = raw.source();
        LocalDate published = PublicationDates.parse(raw.published()).orElse(null);

        if (raw.format() == InputFormat.TXT) {
            TextHeader header = TextHeader.read(body);
            body = header.body();
            title = title != null ? title : header.title();
            source = source != null ? source : header.source();
            if (published == null) {
                published = header.date();
            }
        }
        body = body.replace("\r\n", "\n").replace('\r', '\n');
        if (body.isBlank()) {
            return new Rejected(RejectedRecord.of(raw.file(), raw.recordNo(), "empty body", raw.body()));
        }

        String datelinePlace = null;
        String datelineDay = null;
        int bodyStart = leadingBlank(body);
        String head = body.substring(bodyStart, Math.min(body.length(), bodyStart + 200));
        Matcher d = DATELINE.matcher(head);
        Matcher p = PLACE_ONLY_DATELINE.matcher(head);
        if (d.find()) {
            datelinePlace = titleCase(d.group(1));
            datelineDay = d.group(2);
            if (source == null && d.group(3) != null) {
                source = d.group(3).strip();
            }
            bodyStart += d.end();
        } else if (p.find()) {
            datelinePlace = titleCase(p.group(1));
            bodyStart += p.end();
        }
        if (published == null && raw.format() == InputFormat.TXT) {
            // "date 2018-09": the month is known; the dateline ("Sept. 7") gives the day when there is one
            LocalDate month = TextHeader.monthOnly(raw.body());
            LocalDate day = month == null || datelineDay == null ? null : DatelineDates.resolve(datelineDay, month.plusDays(14));
            published = day != null ? day : month;
        }
        if (published == null) {
            return new Rejected(RejectedRecord.of(raw.file(), raw.recordNo(),
                    raw.published() == null ? "no recognizable publication date" : "unrecognized publication date: " + raw.published(),
                    raw.body()));
        }
        if (source == null || source.isBlank()) {
            source = "unknown";
        }
        String sourceId = raw.sourceId();
        LocalDate datelineDate = datelineDay == null ? null : DatelineDates.resolve(datelineDay, published);
        return new Parsed(new Release(ReleaseKeys.releaseKey(source, sourceId), sourceId, source.strip(),
                title == null ? null : title.strip(), raw.url(), published, datelinePlace, body, bodyStart,
                raw.file(), raw.recordNo(), ReleaseKeys.textHash(body.substring(bodyStart)), datelineDate));
    }

    private static int leadingBlank(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    static String titleCase(String place) {
        StringBuilder sb = new StringBuilder(place.length());
        boolean start = true;
        for (char c : place.strip().toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return sb.toString();
    }

    /** The header lines of the text format and the body that follows them. */
    record TextHeader(LocalDate date, String title, String source, String body) {

        static TextHeader read(String text) {
            String rest = text;
            LocalDate date = null;
            String title = null;
            String source = null;
            String first = firstLine(rest);
            Matcher m = DATE_LINE.matcher(first);
            if (m.matches()) {
                date = m.group(1).chars().filter(ch -> ch == '-').count() == 2 ? PublicationDates.parse(m.group(1)).orElse(null) : null;
                title = m.group(2).isBlank() ? null : m.group(2).strip();
                rest = afterFirstLine(rest);
            }
            String next = firstNonBlankLine(rest);
            Matcher s = SOURCE_LINE.matcher(next == null ? "" : next);
            if (s.matches()) {
                source = s.group(1) == null || s.group(1).isBlank() ? null : s.group(1).strip();
                Optional<LocalDate> stamped = PublicationDates.parse(s.group(2));
                if (date == null) {
                    date = stamped.orElse(null);
                }
                int at = rest.indexOf(next);
                rest = afterFirstLine(rest.substring(at));
            }
            int start = 0;
            while (start < rest.length() && (rest.charAt(start) == '\n' || rest.charAt(start) == '\r')) {
                start++; // the blank lines between the header and the body
            }
            return new TextHeader(date, title, source, rest.substring(start));
        }

        /** The first day of the month of a month-only header ("date 2018-09"), or null. */
        static LocalDate monthOnly(String text) {
            Matcher m = DATE_LINE.matcher(firstLine(text));
            if (m.matches() && m.group(1).chars().filter(ch -> ch == '-').count() == 1) {
                String[] ym = m.group(1).split("-");
                return PublicationDates.of(Integer.parseInt(ym[0]), Integer.parseInt(ym[1]), 1).orElse(null);
            }
            return null;
        }

        private static String firstLine(String s) {
            int nl = s.indexOf('\n');
            return (nl < 0 ? s : s.substring(0, nl)).replace("\r", "");
        }

        private static String afterFirstLine(String s) {
            int nl = s.indexOf('\n');
            return nl < 0 ? "" : s.substring(nl + 1);
        }

        private static String firstNonBlankLine(String s) {
            for (String line : s.split("\n", 20)) {
                if (!line.isBlank()) {
                    return line.replace("\r", "");
                }
            }
            return null;
        }
    }
}
