package news.load.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Publication dates as pages write them, normalised to ISO 8601: {@code 2019-11-19} for a date,
 * {@code 2019-11-19T10:30:00} for a local date-time, {@code 2019-11-19T10:30:00-08:00} (or Z) with
 * an offset. Fractions of seconds are dropped. Unparseable values give null.
 */
public final class Dates {
    private static final DateTimeFormatter OUT_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter OUT_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final List<DateTimeFormatter> OFFSET_FORMATS = List.of(
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            lenient("uuuu-MM-dd'T'HH:mm[:ss][.SSSSSS][.SSS]xx"),
            lenient("uuuu-MM-dd HH:mm[:ss][.SSSSSS][.SSS]xxx"),
            lenient("uuuu-MM-dd HH:mm[:ss][.SSSSSS][.SSS]xx"),
            lenient("uuuu-MM-dd HH:mm[:ss][.SSSSSS][.SSS] xx"),
            lenient("uuuu-MM-dd'T'HH:mm[:ss]X"),
            DateTimeFormatter.RFC_1123_DATE_TIME,
            lenient("EEE, d MMM uuuu HH:mm[:ss] zzz"),
            lenient("EEE MMM d HH:mm:ss zzz uuuu"));
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            lenient("uuuu-MM-dd HH:mm[:ss][.SSSSSS][.SSS]"),
            lenient("uuuu/MM/dd HH:mm[:ss]"),
            lenient("uuuuMMdd'T'HHmmss"));
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            lenient("uuuu/MM/dd"),
            lenient("uuuu.MM.dd"),
            lenient("uuuuMMdd"),
            lenient("MMMM d, uuuu"),
            lenient("MMM d, uuuu"),
            lenient("MMM. d, uuuu"),
            lenient("d MMMM uuuu"),
            lenient("d MMM uuuu"),
            lenient("EEEE, MMMM d, uuuu"),
            lenient("EEE, MMM d, uuuu"),
            lenient("uuuu MMM d"), // citation_publication_date: "2023 Jan 7"
            lenient("uuuu MMMM d"));

    private Dates() {}

    private static DateTimeFormatter lenient(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1).toFormatter(Locale.ENGLISH)
                .withResolverStyle(java.time.format.ResolverStyle.SMART);
    }

    /** A day in a URL path: {@code /2019/11/19/}, {@code /2019-11-19}, {@code /20191119/} (blog and news permalinks). */
    private static final java.util.regex.Pattern URL_DAY = java.util.regex.Pattern.compile(
            "/((?:19|20)\\d\\d)([/-]?)(0[1-9]|1[0-2]|[1-9])\\2(0[1-9]|[12]\\d|3[01]|[1-9])(?=[/_.+-]|$)");

    /** A day with the month named: {@code /2025/dec/05/} (The Guardian), {@code /2023/october/03/}. */
    private static final java.util.regex.Pattern URL_NAMED_MONTH = java.util.regex.Pattern.compile(
            "/((?:19|20)\\d\\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}/(0[1-9]|[12]\\d|3[01]|[1-9])(?=[/_.-]|$)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The day a permalink names, or null; a plausible day only (not after today). */
    public static String fromUrl(String url) {
        if (url == null) return null;
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        // an escaped permalink in og:url ("https://blog.example%2Farticles%2F2025-12-15%2BTitle")
        if (path.indexOf('%') >= 0) {
            try {
                path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // a stray '%': read the path as it is
            }
        }
        java.util.regex.Matcher named = URL_NAMED_MONTH.matcher(path);
        if (named.find()) {
            String d = ymd(named.group(1), named.group(2), named.group(3));
            return d == null || LocalDate.parse(d).isAfter(LocalDate.now().plusDays(1)) ? null : d;
        }
        java.util.regex.Matcher m = URL_DAY.matcher(path);
        if (!m.find()) return null;
        if (m.group(2).isEmpty() && (m.group(3).length() < 2 || m.group(4).length() < 2)) return null;
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            return d.isAfter(LocalDate.now().plusDays(1)) ? null : d.toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Days between the calendar days of two ISO dates (their first 10 characters); large when unreadable. */
    public static long daysApart(String a, String b) {
        try {
            return Math.abs(LocalDate.parse(a.substring(0, 10)).toEpochDay() - LocalDate.parse(b.substring(0, 10)).toEpochDay());
        } catch (RuntimeException e) {
            return Long.MAX_VALUE;
        }
    }

    /** The ISO 8601 form of {@code raw}, or null when it is not a date we can read. */
    public static String normalise(String raw) {
        return plausible(parse(raw));
    }

    /** Placeholders ("0001-01-01") and far-future dates are not publication dates. */
    private static String plausible(String iso) {
        if (iso == null) return null;
        int year = Integer.parseInt(iso.substring(0, 4));
        return year < 1900 || year > java.time.Year.now().getValue() + 1 ? null : iso;
    }

    private static String parse(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 64) return null;
        if (s.endsWith("z")) s = s.substring(0, s.length() - 1) + "Z";
        String fast = iso(s);
        if (fast != null) return plausible(fast);
        for (DateTimeFormatter f : OFFSET_FORMATS) {
            try {
                return OffsetDateTime.parse(s, f).truncatedTo(ChronoUnit.SECONDS).format(OUT_OFFSET);
            } catch (DateTimeParseException e) {
                // next
            }
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toOffsetDateTime()
                    .truncatedTo(ChronoUnit.SECONDS).format(OUT_OFFSET);
        } catch (DateTimeParseException e) {
            // next
        }
        for (DateTimeFormatter f : LOCAL_FORMATS) {
            try {
                return LocalDateTime.parse(s, f).truncatedTo(ChronoUnit.SECONDS).format(OUT_LOCAL);
            } catch (DateTimeParseException e) {
                // next
            }
        }
        String dateOnly = s;
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(dateOnly, f).toString();
            } catch (DateTimeParseException e) {
                // next
            }
        }
        // "2019-11-19T10:30" style prefix with junk after it: keep the date
        if (s.length() >= 10 && isIsoDate(s.substring(0, 10))) {
            return s.substring(0, 10);
        }
        // a CMS's display form in a machine field: Drupal's "Thu, 09/25/2025 - 11:38", "Friday 12 December 2025, 10:00"
        return s.length() <= 40 ? findInText(s, false) : null;
    }

    /**
     * Hand-written scanner for the common case, {@code yyyy-MM-dd[(T| )HH:mm[:ss[.f*]][Z|±HH[:]mm]]},
     * so that most pages never reach the exception-driven formatters. Null when the value has another shape.
     */
    static String iso(String s) {
        int n = s.length();
        if (n < 10 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 7) || s.charAt(7) != '-' || !digits(s, 8, 10)) {
            return null;
        }
        int y = num(s, 0, 4), mo = num(s, 5, 7), d = num(s, 8, 10);
        if (mo < 1 || mo > 12 || d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth()) return null;
        String date = s.substring(0, 10);
        if (n == 10) return date;
        char sep = s.charAt(10);
        if ((sep != 'T' && sep != ' ') || n < 16 || !digits(s, 11, 13) || s.charAt(13) != ':' || !digits(s, 14, 16)) return null;
        int h = num(s, 11, 13), mi = num(s, 14, 16), sec = 0;
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            if (i + 3 > n || !digits(s, i + 1, i + 3)) return null;
            sec = num(s, i + 1, i + 3);
            i += 3;
            if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
                i++;
                int f = i;
                while (i < n && Character.isDigit(s.charAt(i))) i++;
                if (i == f) return null;
            }
        }
        if (h > 23 || mi > 59 || sec > 59) return null;
        String local = String.format(Locale.ROOT, "%sT%02d:%02d:%02d", date, h, mi, sec);
        while (i < n && s.charAt(i) == ' ') i++;
        if (i == n) return local;
        String zone = s.substring(i);
        if (zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) return local + "Z";
        char sign = zone.charAt(0);
        if (sign != '+' && sign != '-') return null;
        String z = zone.substring(1).replace(":", "");
        if (!(z.length() == 2 || z.length() == 4) || !digits(z, 0, z.length())) return null;
        int oh = num(z, 0, 2), om = z.length() == 4 ? num(z, 2, 4) : 0;
        if (oh > 18 || om > 59) return null;
        if (oh == 0 && om == 0) return local + "Z";
        return local + String.format(Locale.ROOT, "%c%02d:%02d", sign, oh, om);
    }

    private static final java.util.regex.Pattern MONTH_DAY_YEAR = java.util.regex.Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final java.util.regex.Pattern DAY_MONTH_YEAR = java.util.regex.Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?,? (\\d{4})\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** "23.07.2025" (day first, as in Europe), "10/31/2024" or "15/12/2025" (day first only when the first number cannot be a month). */
    private static final java.util.regex.Pattern NUMERIC_DAY = java.util.regex.Pattern.compile(
            "(?<![\\d.,/])(\\d{1,2})([./])(\\d{1,2})\\2((?:19|20)\\d\\d)(?![\\d.,/]?\\d)");
    /**
     * "15. Dezember 2025", "1er décembre 2025", "15 de diciembre de 2025", "15 dicembre 2025",
     * "15 de dezembro de 2025", "15 maart 2025": day, month word, year; the word must be a month
     * of {@link #OTHER_MONTHS}. Bounded repeats only.
     */
    private static final java.util.regex.Pattern OTHER_LANGUAGE_DAY = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|º|er)? (?:de )?(\\p{L}{3,10})\\.?,? (?:de )?((?:19|20)\\d\\d)(?!\\d)",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** Month names and common abbreviations of German, French, Spanish, Italian, Portuguese and Dutch. */
    private static final java.util.Map<String, Integer> OTHER_MONTHS = otherMonths();

    private static java.util.Map<String, Integer> otherMonths() {
        String[][] byMonth = {
            {"januar", "jänner", "janvier", "janv", "enero", "gennaio", "janeiro", "januari"},
            {"februar", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "februari"},
            {"märz", "mär", "mrz", "maerz", "mars", "marzo", "março", "marco", "maart"},
            {"april", "avril", "avr", "abril", "aprile"},
            {"mai", "mayo", "maggio", "maio", "mei"},
            {"juni", "juin", "junio", "giugno", "junho"},
            {"juli", "juillet", "juil", "julio", "luglio", "julho"},
            {"august", "août", "aout", "agosto", "augustus"},
            {"september", "septembre", "septiembre", "setiembre", "settembre", "setembro"},
            {"oktober", "okt", "octobre", "octubre", "ottobre", "outubro"},
            {"november", "novembre", "noviembre", "novembro"},
            {"dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dicembre", "dezembro", "december"},
        };
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (int m = 0; m < 12; m++) for (String name : byMonth[m]) out.put(name, m + 1);
        return java.util.Map.copyOf(out);
    }

    /**
     * Whether a page writes slashed dates day first: its language is not English, or its
     * English is a region's that writes day first, or its host is in such a country; the US
     * (and pages that say nothing) write the month first.
     */
    public static boolean dayFirst(String languageTag, String url) {
        String tag = languageTag == null ? "" : languageTag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        if (!tag.isEmpty() && !tag.startsWith("en")) return true;
        for (String region : DAY_FIRST_REGIONS) if (tag.equals("en-" + region)) return true;
        if (url == null) return false;
        String host;
        try {
            host = java.net.URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) return false;
        host = host.toLowerCase(Locale.ROOT);
        for (String region : DAY_FIRST_REGIONS) if (host.endsWith("." + (region.equals("gb") ? "uk" : region))) return true;
        return false;
    }

    private static final List<String> DAY_FIRST_REGIONS = List.of("gb", "ie", "au", "nz", "in", "za", "sg", "ng", "ke", "pk");

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /**
     * The first English "Nov 19, 2019" / "19 November 2019" / ISO date in a short text, as
     * yyyy-MM-dd; null if none. Patterns are linear: fixed alternations, bounded repeats.
     */
    public static String findInText(String text) {
        return findInText(text, false);
    }

    /** As {@link #findInText(String)}; {@code dayFirst}: a slashed "03/01/2017" is 3 January (British and most non-US pages). */
    public static String findInText(String text, boolean dayFirst) {
        Found f = find(text, dayFirst);
        return f == null ? null : f.iso();
    }

    /** A day found in a text, and where its words start and end. */
    record Found(String iso, int start, int end) {}

    /**
     * A day written into a sentence as the object of a preposition ("As of July 31, 2025, the
     * FDA has received", "since March 2, 2024") is a fact the text states, not the day it was
     * published: datelines name their day bare or after a label ("Published", "Posted on").
     */
    private static final java.util.regex.Pattern SENTENCE_PREPOSITION = java.util.regex.Pattern.compile(
            "(?:\\b(?:as of|since|until|till|before|after|from|through|between|effective|starting|beginning|ending|expires?|expiring|deadline|due|valid|thru)|\\bon or (?:before|after))[ :]*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The day of a short dateline, or null when there is none or the day sits in a sentence. */
    public static String findDateline(String text, boolean dayFirst) {
        Found f = find(text, dayFirst);
        if (f == null) return null;
        String before = text.substring(Math.max(0, f.start() - 24), f.start()).replace('\u00A0', ' ');
        return SENTENCE_PREPOSITION.matcher(before).find() ? null : f.iso();
    }

    static Found find(String text, boolean dayFirst) {
        if (text == null || text.length() > 500) return null;
        String t = text.replace('\u00A0', ' ');
        java.util.regex.Matcher m = MONTH_DAY_YEAR.matcher(t);
        if (m.find()) return found(ymd(m.group(3), m.group(1), m.group(2)), m);
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.find()) return found(ymd(m.group(3), m.group(2), m.group(1)), m);
        m = OTHER_LANGUAGE_DAY.matcher(t);
        while (m.find()) {
            Integer month = OTHER_MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            if (month != null) return found(ymd(m.group(3), month, m.group(1)), m);
        }
        m = NUMERIC_DAY.matcher(t);
        if (m.find()) {
            String d = numericDay(m.group(1), m.group(2), m.group(3), m.group(4), dayFirst);
            if (d != null) return found(d, m);
        }
        for (int i = 0; i + 10 <= t.length(); i++) {
            if (Character.isDigit(t.charAt(i)) && (i == 0 || !Character.isDigit(t.charAt(i - 1)))) {
                String iso = iso(t.substring(i, i + 10));
                if (iso != null) return plausible(iso) == null ? null : new Found(iso, i, i + 10);
            }
        }
        return null;
    }

    private static Found found(String iso, java.util.regex.Matcher m) {
        return iso == null ? null : new Found(iso, m.start(), m.end());
    }

    /** Where the first English month-name date in {@code text} starts, or -1. */
    public static int dateStart(String text) {
        java.util.regex.Matcher m = MONTH_DAY_YEAR.matcher(text);
        int at = m.find() ? m.start() : -1;
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && (at < 0 || m.start() < at)) at = m.start();
        return at;
    }

    /** Day and month of a numeric date by its separator: dots put the day first; slashes the month, unless it cannot be one. */
    private static String numericDay(String first, String sep, String second, String year, boolean pageDayFirst) {
        int a = Integer.parseInt(first), b = Integer.parseInt(second), y = Integer.parseInt(year);
        boolean dayFirst = sep.equals(".") || a > 12 || pageDayFirst && b <= 12;
        int mo = dayFirst ? b : a, d = dayFirst ? a : b;
        if (mo < 1 || mo > 12 || d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth()) return null;
        return plausible(String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d));
    }

    private static String ymd(String year, String month, String day) {
        String mon = month.toLowerCase(Locale.ROOT);
        return ymd(year, MONTHS.indexOf(mon.substring(0, 3)) + 1, day);
    }

    private static String ymd(String year, int mo, String day) {
        int d = Integer.parseInt(day), y = Integer.parseInt(year);
        if (mo < 1 || d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth()) return null;
        return plausible(String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d));
    }

    private static boolean digits(String s, int from, int to) {
        if (to > s.length()) return false;
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    private static boolean isIsoDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
