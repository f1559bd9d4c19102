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
            lenient("EEE, MMM d, uuuu"));

    private Dates() {}

    private static DateTimeFormatter lenient(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1).toFormatter(Locale.ENGLISH)
                .withResolverStyle(java.time.format.ResolverStyle.SMART);
    }

    /** The ISO 8601 form of {@code raw}, or null when it is not a date we can read. */
    public static String normalise(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 64) return null;
        if (s.endsWith("z")) s = s.substring(0, s.length() - 1) + "Z";
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
        return null;
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
