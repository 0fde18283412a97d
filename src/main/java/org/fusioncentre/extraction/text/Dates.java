package org.fusioncentre.extraction.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fusioncentre.extraction.DatePrecision;

/**
 * Date expressions in report text, resolved against the report's publication time (local
 * Pakistan time): "yesterday", "late last night", "on Tuesday", "last week", "earlier this month",
 * "on Nov 9", "9 November", "two days ago". The patterns have no nested repetition, so matching is
 * linear in the text.
 */
public final class Dates {
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH),
            Map.entry("apr", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("jun", Month.JUNE),
            Map.entry("jul", Month.JULY),
            Map.entry("aug", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday",
            DayOfWeek.MONDAY,
            "tuesday",
            DayOfWeek.TUESDAY,
            "wednesday",
            DayOfWeek.WEDNESDAY,
            "thursday",
            DayOfWeek.THURSDAY,
            "friday",
            DayOfWeek.FRIDAY,
            "saturday",
            DayOfWeek.SATURDAY,
            "sunday",
            DayOfWeek.SUNDAY);
    private static final Map<String, Integer> SMALL =
            Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7);
    private static final String MONTH =
            "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern EXPRESSION = Pattern.compile(
            "\\b(?:"
                    + "(?<yesterday>yesterday|the previous day|the day before)"
                    + "|(?<lastnight>(?:late )?last night|overnight)"
                    + "|(?<today>today|this morning|this afternoon|this evening|tonight|earlier today|earlier in the day|later in the day)"
                    + "|(?:last |on |early |late |on the night of )?(?<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?"
                    + "(?:,? (?:the )?(?<wdm>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<wdmonth>" + MONTH + "))?"
                    + "|(?:on )?the (?<nth>\\d{1,2})(?:st|nd|rd|th) of (?<nthwhich>this|last) month"
                    + "|(?:on )?the night (?:of|between) (?<n1>\\d{1,2})(?:st|nd|rd|th)?(?:/| and |-)(?<n2>\\d{1,2})(?:st|nd|rd|th)? (?<nmonth>"
                    + MONTH + ")(?:,? (?<ny>\\d{4}))?"
                    + "|(?<lastweek>last week|the previous week)"
                    + "|(?<thisweek>this week|earlier this week)"
                    + "|(?<thismonth>earlier this month|this month)"
                    + "|(?<lastmonth>last month|the previous month)"
                    + "|(?<ago>a|one|two|three|four|five|six|seven|\\d{1,2}) days? ago"
                    + "|(?<mdmonth>" + MONTH
                    + ")\\.? (?<md>\\d{1,2})(?:st|nd|rd|th)?(?:,? (?<mdy>\\d{4})|(?<mdly> last year))?"
                    + "|(?<dm>\\d{1,2})(?:st|nd|rd|th)? (?:of )?(?<dmonth>" + MONTH
                    + ")\\.?(?:,? (?<dmy>\\d{4})|(?<dmly> last year))?"
                    + "|(?:in |since |early |late |mid-|last )(?<monthonly>" + MONTH
                    + ")(?:,? (?<moy>\\d{4})|(?<moly> last year))?"
                    + "|(?<iso>\\d{4}-\\d{2}-\\d{2})"
                    + ")\\b",
            0);
    /** The same, for text whose lower-case form changes length (rare scripts), where spans must stay exact. */
    private static final Pattern EXPRESSION_ANY_CASE = Pattern.compile(EXPRESSION.pattern(), Pattern.CASE_INSENSITIVE);

    /** Words an expression can start with (its alternatives' first words); digits start the rest. */
    private static final java.util.Set<String> OPENING_WORDS = java.util.Set.of(
            "yesterday",
            "the",
            "in",
            "since",
            "mid",
            "late",
            "last",
            "overnight",
            "today",
            "this",
            "tonight",
            "earlier",
            "later",
            "on",
            "early",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "a",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "jan",
            "january",
            "feb",
            "february",
            "mar",
            "march",
            "apr",
            "april",
            "may",
            "jun",
            "june",
            "jul",
            "july",
            "aug",
            "august",
            "sep",
            "sept",
            "september",
            "oct",
            "october",
            "nov",
            "november",
            "dec",
            "december");

    private Dates() {}

    /** Every date expression in the text, resolved; expressions that resolve after publication are left out. */
    public static List<DateMention> in(String text, LocalDateTime published) {
        LocalDate day = published.toLocalDate();
        List<DateMention> found = new ArrayList<>();
        // Matching lower-cased text with a lower-case pattern is several times faster than a
        // case-insensitive pattern; the spans are the same while the lengths are.
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher matcher =
                lower.length() == text.length() ? EXPRESSION.matcher(lower) : EXPRESSION_ANY_CASE.matcher(text);
        matcher.useTransparentBounds(true);
        // the expression is tried only where a word that can open one starts: far fewer tries than
        // find() at every character
        String scan = lower.length() == text.length() ? lower : text;
        int n = scan.length();
        int at = 0;
        while (at < n) {
            if (!Character.isLetterOrDigit(scan.charAt(at))
                    || at > 0 && Character.isLetterOrDigit(scan.charAt(at - 1))) {
                at++;
                continue;
            }
            int wordEnd = at;
            while (wordEnd < n && Character.isLetter(scan.charAt(wordEnd))) {
                wordEnd++;
            }
            boolean opens = Character.isDigit(scan.charAt(at))
                    || OPENING_WORDS.contains(scan.substring(at, wordEnd).toLowerCase(Locale.ROOT));
            if (opens && matcher.region(at, n).lookingAt()) {
                DateMention mention = resolve(matcher, day);
                if (mention != null && !mention.from().isAfter(day)) {
                    found.add(mention);
                }
                at = Math.max(matcher.end(), at + 1);
            } else {
                at = Math.max(wordEnd, at + 1);
            }
        }
        return found;
    }

    private static DateMention resolve(Matcher m, LocalDate day) {
        int start = m.start();
        int end = m.end();
        if (m.group("yesterday") != null || m.group("lastnight") != null) {
            return DateMention.day(day.minusDays(1), start, end);
        }
        if (m.group("today") != null) {
            return DateMention.day(day, start, end);
        }
        if (m.group("n1") != null) {
            // "the night of 25/26 April": both days
            DateMention first =
                    dated(month(m.group("nmonth")), Integer.parseInt(m.group("n1")), m.group("ny"), day, start, end);
            DateMention second =
                    dated(month(m.group("nmonth")), Integer.parseInt(m.group("n2")), m.group("ny"), day, start, end);
            if (first == null || second == null || second.from().isBefore(first.from())) {
                return first;
            }
            return new DateMention(null, first.from(), second.from(), DatePrecision.DAY, start, end);
        }
        if (m.group("wdm") != null) {
            // "Monday, 23 February": the date says which Monday
            return dated(month(m.group("wdmonth")), Integer.parseInt(m.group("wdm")), null, day, start, end);
        }
        if (m.group("nth") != null) {
            LocalDate month = m.group("nthwhich").equals("last") ? day.minusMonths(1) : day;
            try {
                LocalDate date = month.withDayOfMonth(Integer.parseInt(m.group("nth")));
                return date.isAfter(day) ? null : DateMention.day(date, start, end);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        if (m.group("weekday") != null) {
            DayOfWeek weekday = WEEKDAYS.get(m.group("weekday").toLowerCase(Locale.ROOT));
            boolean last = m.group().toLowerCase(Locale.ROOT).startsWith("last ");
            LocalDate date = last
                    ? day.minusDays(1).with(TemporalAdjusters.previousOrSame(weekday))
                    : day.with(TemporalAdjusters.previousOrSame(weekday));
            return DateMention.day(date, start, end);
        }
        if (m.group("lastweek") != null) {
            LocalDate monday =
                    day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            return new DateMention(null, monday, monday.plusDays(6), DatePrecision.WEEK, start, end);
        }
        if (m.group("thisweek") != null) {
            return new DateMention(
                    null,
                    day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    day,
                    DatePrecision.WEEK,
                    start,
                    end);
        }
        if (m.group("thismonth") != null) {
            LocalDate first = day.withDayOfMonth(1);
            LocalDate to = day.getDayOfMonth() > 1
                            && m.group("thismonth").toLowerCase(Locale.ROOT).startsWith("earlier")
                    ? day.minusDays(1)
                    : day;
            return new DateMention(null, first, to, DatePrecision.MONTH, start, end);
        }
        if (m.group("lastmonth") != null) {
            LocalDate first = day.withDayOfMonth(1).minusMonths(1);
            return new DateMention(
                    null, first, first.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH, start, end);
        }
        if (m.group("ago") != null) {
            String amount = m.group("ago").toLowerCase(Locale.ROOT);
            int days = SMALL.containsKey(amount) ? SMALL.get(amount) : Integer.parseInt(amount);
            return DateMention.day(day.minusDays(days), start, end);
        }
        if (m.group("md") != null) {
            return lastYear(
                    dated(month(m.group("mdmonth")), Integer.parseInt(m.group("md")), m.group("mdy"), day, start, end),
                    m.group("mdly") != null,
                    day);
        }
        if (m.group("dm") != null) {
            return lastYear(
                    dated(month(m.group("dmonth")), Integer.parseInt(m.group("dm")), m.group("dmy"), day, start, end),
                    m.group("dmly") != null,
                    day);
        }
        if (m.group("monthonly") != null) {
            return monthOf(month(m.group("monthonly")), m.group("moy"), m.group("moly") != null, day, start, end);
        }
        if (m.group("iso") != null) {
            try {
                return DateMention.day(LocalDate.parse(m.group("iso")), start, end);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** A day and month without a year is the latest such day on or before publication. */
    private static DateMention dated(
            Month month, int dayOfMonth, String year, LocalDate published, int start, int end) {
        try {
            if (year != null) {
                return DateMention.day(LocalDate.of(Integer.parseInt(year), month, dayOfMonth), start, end);
            }
            LocalDate date = LocalDate.of(published.getYear(), month, dayOfMonth);
            return DateMention.day(date.isAfter(published) ? date.minusYears(1) : date, start, end);
        } catch (java.time.DateTimeException e) {
            return null; // "February 30"
        }
    }

    /** "March 11 last year": the same day a year before the one without it. */
    private static DateMention lastYear(DateMention mention, boolean lastYear, LocalDate published) {
        if (mention == null || !lastYear) {
            return mention;
        }
        try {
            return DateMention.day(mention.from().withYear(published.getYear() - 1), mention.start(), mention.end());
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * "in March", "in August last year", "since May 2025": the month, the latest such month on or
     * before publication unless a year is given; the range stops at publication.
     */
    private static DateMention monthOf(
            Month month, String year, boolean lastYear, LocalDate published, int start, int end) {
        int resolvedYear;
        if (year != null) {
            resolvedYear = Integer.parseInt(year);
        } else {
            resolvedYear = month.getValue() > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
            if (lastYear) {
                resolvedYear = published.getYear() - 1;
            }
        }
        LocalDate first = LocalDate.of(resolvedYear, month, 1);
        LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
        return new DateMention(
                null, first, last.isAfter(published) ? published : last, DatePrecision.MONTH, start, end);
    }

    private static Month month(String text) {
        return MONTHS.get(text.toLowerCase(Locale.ROOT).substring(0, 3));
    }
}
