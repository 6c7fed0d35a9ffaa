package press.pipeline;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import press.archive.ArchiveQuery;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.figures.History;
import tools.jackson.databind.JsonNode;

/**
 * The earlier issues of a month in the archive: for the data's {@code region} and
 * {@code period} (yyyy-MM), the current record of the same kind and region for the month
 * before and for the same month a year earlier, read back as data. Data without a region or a
 * monthly period have none.
 */
public final class ArchiveHistory {

    /** How many months a trend chart shows at most, this one included. */
    public static final int TREND_MONTHS = 6;

    private ArchiveHistory() {
    }

    public static History find(ArchiveStore archive, String kind, JsonNode data) {
        if (archive == null) {
            return History.NONE;
        }
        String region = data.path("region").asString("");
        YearMonth period;
        try {
            period = YearMonth.parse(data.path("period").asString(""));
        } catch (DateTimeParseException e) {
            return History.NONE;
        }
        if (region.isEmpty()) {
            return History.NONE;
        }
        return new History(issue(archive, kind, region, period.minusMonths(1)).orElse(null),
                issue(archive, kind, region, period.minusYears(1)).orElse(null), trend(archive, kind, region, period));
    }

    /** The months before, up to {@link #TREND_MONTHS} with this one, that the archive holds, oldest first. */
    private static java.util.List<JsonNode> trend(ArchiveStore archive, String kind, String region, YearMonth period) {
        java.util.List<JsonNode> months = new java.util.ArrayList<>();
        for (int back = TREND_MONTHS - 1; back >= 1; back--) {
            issue(archive, kind, region, period.minusMonths(back)).ifPresent(months::add);
        }
        return months;
    }

    /**
     * As {@link #find}, but while the archive is unreachable a preview or a proofreading goes on
     * without comparisons instead of failing: only publishing needs the archive.
     */
    public static History findIfAvailable(ArchiveStore archive, String kind, JsonNode data) {
        try {
            return find(archive, kind, data);
        } catch (press.failure.Failure failure) {
            if (failure.reason() == press.failure.Reason.ARCHIVE_UNAVAILABLE) {
                return History.NONE;
            }
            throw failure;
        }
    }

    /** The current record of that period, its data read back; superseded ones are not the issue of record. */
    private static Optional<JsonNode> issue(ArchiveStore archive, String kind, String region, YearMonth period) {
        String month = period.toString();
        return archive.list(new ArchiveQuery(kind, region, month, month, false, 1, 0)).records().stream().findFirst()
                .flatMap(record -> archive.find(record.id()))
                .map(ArchivedDocument::data)
                .filter(data -> data != null && !data.isBlank())
                .map(data -> JsonInput.object(data.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
