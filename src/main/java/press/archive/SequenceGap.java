package press.archive;

/**
 * Records numbered {@code from} to {@code to} (inclusive) that the archive no longer holds:
 * records are numbered without gaps as they are archived, so any gap is a deletion.
 */
public record SequenceGap(long from, long to) {

    public SequenceGap {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("a gap runs from a record number of at least 1 to one no smaller: "
                    + from + " to " + to);
        }
    }

    /** How many records are missing. */
    public long count() {
        return to - from + 1;
    }
}
