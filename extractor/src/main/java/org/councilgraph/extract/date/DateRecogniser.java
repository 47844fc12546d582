package org.councilgraph.extract.date;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Finds dates written in British, Irish and US styles, with an optional weekday before and an
 * optional time after: "Wednesday, 6th December, 2017 at 10.00 am", "15 th January 2014",
 * "24 th . June 2020", "13TH OF JUNE", "October 13, 2008", "07/02/2023", "28 Oct 2025 - 14:00",
 * "21stFebruary 2018" (an ordinal run into the month in a PDF's text).
 */
public final class DateRecogniser {

    private static final String WEEKDAY = "(?<wd>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+(?:the\\s+)?";
    /** A month's name starting, for an ordinal written against it: "21stFebruary", "24thMARCH". */
    private static final String MONTH_START = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final String MONTH = "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?<day>[0-3]?\\d)(?:\\s?(?:st|nd|rd|th)(?:\\b|(?=" + MONTH_START + "))(?:\\s?\\.)?)?";
    private static final String YEAR = "(?:,?[ \\t]*(?<year>(?:19|20)\\d\\d)\\b)?";
    private static final String TIME = "(?:[ \\t]*[,–-]?[ \\t]*(?:at|from|commencing(?:[ \\t]+at)?)?[ \\t]*(?<time>\\d{1,2}(?:[.:]\\d\\d)?\\s*(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)|\\d{1,2}[:.]\\d\\d(?!\\s*(?:[ap]\\.?m|\\d))|12\\s*noon|noon|midday))?";

    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?i)\\b(?:" + WEEKDAY + ")?" + DAY + "(?:(?:\\s+of)?\\s+|(?<=st|nd|rd|th))" + MONTH + "(?![a-z])" + YEAR + TIME);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b(?:" + WEEKDAY + ")?" + MONTH + "\\s+" + DAY + ",?\\s+(?<year>(?:19|20)\\d\\d)\\b" + TIME);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.])(?:(?i)" + WEEKDAY + ")?(?<day>[0-3]?\\d)[/.](?<mon>[01]?\\d)[/.](?<year>(?:19|20)?\\d\\d)(?![\\d/])" + TIME);

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
            "sun", DayOfWeek.SUNDAY);

    /** Every date in {@code span}, in text order. */
    public List<DateMention> find(DocumentText text, Span span) {
        List<DateMention> out = new ArrayList<>();
        collect(DAY_MONTH.matcher(text.text()).region(span.start(), span.end()), false, out);
        collect(MONTH_DAY.matcher(text.text()).region(span.start(), span.end()), false, out);
        collect(NUMERIC.matcher(text.text()).region(span.start(), span.end()), true, out);
        out.sort((a, b) -> a.span().compareTo(b.span()));
        List<DateMention> distinct = new ArrayList<>();
        for (DateMention d : out) {
            if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).span().overlaps(d.span())) {
                distinct.add(d);
            }
        }
        return shareYears(distinct, text);
    }

    public List<DateMention> find(DocumentText text) {
        return find(text, new Span(0, text.length()));
    }

    /** Parses a time such as "10.00 am", "2pm", "19:00", "12 noon". */
    public static Optional<LocalTime> time(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String t = written.toLowerCase(Locale.ROOT).replaceAll("[\\s.]", "");
        if (t.contains("noon") || t.contains("midday")) {
            return Optional.of(LocalTime.NOON);
        }
        Matcher m = Pattern.compile("(\\d{1,2})(?::?(\\d\\d))?(am|pm)?").matcher(t.replace(".", ":"));
        if (!m.matches()) {
            Matcher dotted = Pattern.compile("(\\d{1,2})[:.](\\d\\d)").matcher(written.strip());
            if (!dotted.find()) {
                return Optional.empty();
            }
            m = Pattern.compile("(\\d{1,2}):(\\d\\d)()").matcher(dotted.group(1) + ":" + dotted.group(2));
            m.matches();
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null || m.group(2).isEmpty() ? 0 : Integer.parseInt(m.group(2));
        String ampm = m.groupCount() >= 3 ? m.group(3) : null;
        if ("pm".equals(ampm) && h < 12) {
            h += 12;
        } else if ("am".equals(ampm) && h == 12) {
            h = 0;
        }
        return h < 24 && min < 60 ? Optional.of(LocalTime.of(h, min)) : Optional.empty();
    }

    private static void collect(Matcher m, boolean numeric, List<DateMention> out) {
        while (m.find()) {
            int day = Integer.parseInt(m.group("day"));
            Month month = numeric ? numericMonth(m.group("mon")) : month(m.group("mon"));
            if (month == null || day < 1 || day > 31) {
                continue;
            }
            Integer year = null;
            if (m.group("year") != null) {
                int y = Integer.parseInt(m.group("year"));
                year = y < 100 ? 2000 + y : y;
            }
            DayOfWeek wd = m.group("wd") == null ? null : WEEKDAYS.get(m.group("wd").toLowerCase(Locale.ROOT).substring(0, 3));
            LocalTime time = time(m.group("time")).orElse(null);
            int end = m.group("time") != null ? m.end("time") : m.group("year") != null ? m.end("year") : m.end();
            out.add(new DateMention(new Span(m.start(), end), day, month, year, wd, time));
        }
    }

    /** "30 May and 6 June 2013": a yearless date takes the year of a dated one right after it. */
    private static List<DateMention> shareYears(List<DateMention> dates, DocumentText text) {
        List<DateMention> out = new ArrayList<>(dates);
        for (int i = out.size() - 2; i >= 0; i--) {
            DateMention d = out.get(i);
            DateMention next = out.get(i + 1);
            if (!d.hasYear() && next.hasYear()) {
                String between = text.text().substring(d.span().end(), next.span().start()).strip().toLowerCase(Locale.ROOT);
                if (between.matches("(?:,|and|&|to|-|–|and on|or)?(?:\\s*the)?")) {
                    out.set(i, new DateMention(d.span(), d.day(), d.month(), next.year(), d.weekday(), d.time()));
                }
            }
        }
        return out;
    }

    private static Month month(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(k.substring(0, Math.min(3, k.length())))) {
                return m;
            }
        }
        return null;
    }

    private static Month numericMonth(String number) {
        int n = Integer.parseInt(number);
        return n >= 1 && n <= 12 ? Month.of(n) : null;
    }
}
