package press.archive;

import java.util.List;

/**
 * What the integrity check found: records whose file is missing or altered (never served),
 * files that no record names (left by a crash between file and row), unfinished temporary
 * files removed at start; and of the records themselves: numbers missing from their sequence
 * (deleted records) and records whose link in the hash chain does not follow (a record before
 * them deleted, or they themselves altered), with the chain's head; null for an empty archive.
 */
public record IntegrityReport(long records, List<Long> missing, List<Long> altered, List<String> orphans,
                              int temporaryFilesRemoved, List<SequenceGap> missingRecords, List<Long> brokenChain,
                              ChainHead head) {

    public IntegrityReport {
        missing = List.copyOf(missing);
        altered = List.copyOf(altered);
        orphans = List.copyOf(orphans);
        missingRecords = List.copyOf(missingRecords);
        brokenChain = List.copyOf(brokenChain);
    }

    /** Every record is there, unaltered, with its intact file. Orphan files are reported but harm nothing. */
    public boolean consistent() {
        return missing.isEmpty() && altered.isEmpty() && missingRecords.isEmpty() && brokenChain.isEmpty();
    }
}
