package press.archive;

import org.slf4j.Logger;

/** One log line per integrity check, the same for both archives: a warning with every finding, or the head of a whole chain. */
final class IntegrityLog {

    private IntegrityLog() {
    }

    static void log(Logger log, IntegrityReport report) {
        if (!report.consistent() || !report.orphans().isEmpty() || report.temporaryFilesRemoved() > 0) {
            log.warn("archive integrity: {} records, missing files for {}, altered files for {}, {} files without a record "
                    + "{}, {} unfinished files removed, records missing from the sequence {}, broken chain at records {}, "
                    + "head {}", report.records(), report.missing(), report.altered(), report.orphans().size(),
                    report.orphans(), report.temporaryFilesRemoved(), report.missingRecords(), report.brokenChain(),
                    report.head());
        } else {
            log.info("archive integrity: {} records, all files intact, chain whole up to {}", report.records(), report.head());
        }
    }
}
