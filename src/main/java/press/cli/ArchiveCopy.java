package press.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import press.archive.ArchiveQuery;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.IntegrityReport;

/**
 * Copies one archive into another, oldest record first, each with its id, its successor link
 * and its file (and OFD-A copy, where it has one), the file's SHA-256 verified as it is read and again as it is written; records
 * already there are checked and skipped, so a copy can be run again after an interruption. The
 * copy is then checked whole. What migrate-archive, backup and restore share.
 */
final class ArchiveCopy {

    private ArchiveCopy() {
    }

    /** 0 when the target ends with every record of the source, every file intact; 1 otherwise. */
    static int copy(ArchiveStore source, ArchiveStore target, String what, PrintWriter out, PrintWriter err) {
        IntegrityReport before = source.check();
        if (!before.consistent()) {
            err.println("error: the archive to copy fails its integrity check: " + before);
            return 1;
        }
        int copied = 0;
        int present = 0;
        for (long id : ids(source)) {
            ArchivedDocument document = source.find(id).orElseThrow();
            if (target.copy(document, source.file(document), document.hasOfd() ? source.ofd(document) : null)) {
                copied++;
            } else {
                present++;
            }
        }
        OfficeCopy.copy(source, target, out);
        IntegrityReport after = target.check();
        boolean complete = after.consistent() && after.records() >= before.records();
        out.printf("%s %d records (%d were there already): %d records, %s%n", what, copied, present, after.records(),
                complete ? "every file's SHA-256 verified" : "INCONSISTENT " + after);
        return complete ? 0 : 1;
    }

    /** Every record's id, oldest first, superseded and withdrawn ones included. */
    static List<Long> ids(ArchiveStore source) {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; offset += ArchiveQuery.MAX_LIMIT) {
            var page = source.list(new ArchiveQuery(null, null, null, null, true, ArchiveQuery.MAX_LIMIT, offset,
                    true));
            page.records().forEach(record -> ids.add(record.id()));
            if (offset + ArchiveQuery.MAX_LIMIT >= page.total()) {
                break;
            }
        }
        ids.sort(null);
        return ids;
    }
}
