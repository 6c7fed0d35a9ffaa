package press.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Objects;
import press.archive.AuditQuery;
import press.archive.ArchiveStore;
import press.archive.Withdrawal;
import press.people.Account;

/**
 * What a copy of an archive takes besides the records: withdrawals (a restored archive must not
 * bring a withdrawn record back), the users as they are now (a restored archive must not switch
 * accounts off) and, into an archive whose audit trail is still empty, the audit trail. Sessions
 * are not copied: everyone logs in again.
 */
final class OfficeCopy {

    private OfficeCopy() {
    }

    static void copy(ArchiveStore source, ArchiveStore target, PrintWriter out) {
        int withdrawn = 0;
        for (Withdrawal withdrawal : source.withdrawals().all()) {
            target.withdrawals().withdraw(withdrawal);
            withdrawn++;
        }
        int users = 0;
        for (Account account : source.accounts().list()) {
            if (!target.accounts().find(account.name()).map(account::equals).orElse(false)) {
                target.accounts().save(account, "copy", Instant.now());
                users++;
            }
        }
        int events = 0;
        if (target.audit().read(new AuditQuery(null, null, null, null, 1)).isEmpty()) {
            var all = source.audit().read(AuditQuery.all());
            for (int i = all.size() - 1; i >= 0; i--) {
                target.audit().record(Objects.requireNonNull(all.get(i)));
                events++;
            }
        }
        if (withdrawn + users + events > 0) {
            out.printf("copied %d withdrawals, %d users, %d audit events%n", withdrawn, users, events);
        }
    }
}
