package press.archive;

import java.util.List;

/**
 * What the integrity check found: records whose file is missing or altered (never served),
 * files that no record names (left by a crash between file and row), unfinished temporary
 * files removed.
 */
public record IntegrityReport(long records, List<Long> missing, List<Long> altered, List<String> orphans,
                              int temporaryFilesRemoved) {

    public IntegrityReport {
        missing = List.copyOf(missing);
        altered = List.copyOf(altered);
        orphans = List.copyOf(orphans);
    }

    /** No record is without its intact file. Orphan files are reported but harm nothing. */
    public boolean consistent() {
        return missing.isEmpty() && altered.isEmpty();
    }
}
