package press.archive;

import java.util.List;

/** One page of a listing, newest first, and how many records match in all. */
public record ArchivePage(List<ArchivedDocument> records, long total, int limit, int offset) {

    public ArchivePage {
        records = List.copyOf(records);
    }
}
