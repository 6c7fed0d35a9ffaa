package press.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import press.model.Metadata;

/**
 * The moment a rendered file says it was made, so that the same document is the same bytes:
 * its issue date; without one, {@code SOURCE_DATE_EPOCH} (the reproducible-builds convention)
 * when set; else the first day of its period; else the epoch. Never the moment of rendering.
 */
public final class DocumentDate {

    private DocumentDate() {
    }

    public static Instant of(Metadata metadata) {
        if (!metadata.issued().isEmpty()) {
            return LocalDate.parse(metadata.issued()).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        if (!metadata.period().isEmpty()) {
            try {
                return YearMonth.parse(metadata.period()).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                // a period that is not yyyy-MM (a quarter, a year) leaves the epoch
            }
        }
        return Instant.EPOCH;
    }
}
