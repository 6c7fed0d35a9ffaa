package press.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.commons.cli.Options;
import press.archive.ArchiveStore;
import press.failure.Failure;
import press.failure.Reason;
import press.figures.History;
import press.pipeline.ArchiveHistory;
import press.pipeline.JsonInput;
import press.pipeline.RenderRequest;
import tools.jackson.databind.JsonNode;

/**
 * The options that give a month its earlier issues, for 环比 and 同比: {@code --previous FILE}
 * and {@code --year-ago FILE} (data files, or envelopes with the data), or
 * {@code --compare-archive DIR}, an archive whose current records of the previous month and of
 * the month a year earlier are used. A file given wins over the archive.
 */
final class EarlierIssues {

    private EarlierIssues() {
    }

    static Options addTo(Options options) {
        return options
                .addOption(Arguments.valued(null, "previous", "FILE", "the previous period's data, for 环比 (month on month)"))
                .addOption(Arguments.valued(null, "year-ago", "FILE", "the same period's data a year earlier, for 同比"))
                .addOption(Arguments.valued(null, "compare-archive", "DIR",
                        "find the previous and year-ago issues in this archive folder"));
    }

    /** The request with the earlier issues the options name; unchanged when they name none. */
    static RenderRequest apply(Arguments arguments, RenderRequest request) {
        Path previous = arguments.path("previous", null);
        Path yearAgo = arguments.path("year-ago", null);
        Path archive = arguments.path("compare-archive", null);
        if (previous == null && yearAgo == null && archive == null) {
            return request;
        }
        History found = History.NONE;
        if (archive != null) {
            try (ArchiveStore store = ArchiveStore.open(archive)) {
                found = ArchiveHistory.find(store, request.kind(), request.data());
            }
        }
        return request.withHistory(new History(previous != null ? read(previous) : found.previous(),
                yearAgo != null ? read(yearAgo) : found.yearAgo()));
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode node = JsonInput.object(Files.readAllBytes(file));
            return node.has("data") && node.get("data").isObject() && !node.has("period") ? node.get("data") : node;
        } catch (NoSuchFileException e) {
            throw new Failure(Reason.NO_SUCH_FILE, "no such file: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
