package news.dedup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Publication times for choosing the earliest copy: ISO 8601 date, date-time, or with offset. */
final class Published {
    static final long UNKNOWN = Long.MAX_VALUE;

    private Published() {}

    /** Epoch seconds (a date without zone is read as UTC), or {@link #UNKNOWN}. */
    static long epochSeconds(String iso) {
        if (iso == null || iso.isBlank()) return UNKNOWN;
        String s = iso.strip();
        // The offset and instant parsers can only succeed on a date-time carrying a zone ("Z" or
        // an offset after the 'T'); skipping them otherwise saves two thrown exceptions per
        // article, a real cost over a million articles. Same results as trying them.
        int t = indexOfTimeSeparator(s);
        boolean zoned = t >= 0 && hasZone(s, t + 1);
        if (zoned) {
            try {
                return OffsetDateTime.parse(s).toEpochSecond();
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
            try {
                return Instant.parse(s).getEpochSecond();
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        if (t < 0) return date(s);
        try {
            return LocalDateTime.parse(s).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        return date(s);
    }

    private static long date(String s) {
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return UNKNOWN;
        }
    }

    /** Position of the date-time separator ('T', parsed case-insensitively), or -1. */
    private static int indexOfTimeSeparator(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'T' || c == 't') return i;
        }
        return -1;
    }

    /** Does the time part (from {@code from}) name a zone: 'Z' or an offset sign? */
    private static boolean hasZone(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') return true;
        }
        return false;
    }
}
