package press.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import press.archive.ArchiveQuery;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.IntegrityReport;
import press.drafts.DraftEvent;
import press.drafts.DraftKey;
import press.drafts.DraftStore;
import press.drafts.DraftSummary;
import press.drafts.DraftVersion;
import press.drafts.RegisterEntry;

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
        drafts(source.drafts(), target.drafts(), out);
        IntegrityReport after = target.check();
        boolean complete = after.consistent() && after.records() >= before.records();
        out.printf("%s %d records (%d were there already): %d records, %s%n", what, copied, present, after.records(),
                complete ? "every file's SHA-256 verified" : "INCONSISTENT " + after);
        return complete ? 0 : 1;
    }

    /**
     * The drafts with every version and step, and the 发文字号 register, rows already there kept:
     * a restored register never gives a number again. Said only where there are drafts.
     */
    private static void drafts(DraftStore source, DraftStore target, PrintWriter out) {
        int versions = 0;
        int steps = 0;
        for (DraftSummary draft : source.list()) {
            DraftKey key = draft.key();
            for (DraftVersion version : source.versions(key)) {
                versions += target.copy(key, source.version(key, version.version()).orElseThrow()) ? 1 : 0;
            }
            for (DraftEvent event : source.events(key)) {
                steps += target.append(key, event) ? 1 : 0;
            }
        }
        int numbers = 0;
        for (RegisterEntry entry : source.register()) {
            numbers += target.copy(entry) ? 1 : 0;
        }
        if (versions + steps + numbers > 0) {
            out.printf("drafts: %d versions, %d steps and %d register numbers copied%n", versions, steps, numbers);
        }
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
