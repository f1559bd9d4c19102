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
        try {
            return LocalDateTime.parse(s).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            return UNKNOWN;
        }
    }
}
