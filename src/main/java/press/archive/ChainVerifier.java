package press.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the records in sequence order and reports what the numbers and the chain say is gone or
 * changed. Each record's link is checked against the stored link before it, not a recomputed
 * one, so one deletion or alteration is reported at the one record where the chain breaks. The
 * newest records leave no gap when deleted: the head the last whole check saw (a checkpoint)
 * must still be there, with the same link.
 */
final class ChainVerifier {

    private final ChainHead checkpoint;
    private final List<SequenceGap> gaps = new ArrayList<>();
    private final List<Long> broken = new ArrayList<>();
    private String previous = RecordChain.GENESIS;
    private long last;
    private ChainHead head;

    /** @param checkpoint the head a previous check found whole, or null */
    ChainVerifier(ChainHead checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** The next record in sequence order, with the sequence number and link it stores (either may be null if forged). */
    void next(Long seq, String link, ArchivedDocument record) {
        if (seq == null || link == null || seq <= last) {
            broken.add(record.id());
            return;
        }
        if (seq > last + 1) {
            gaps.add(new SequenceGap(last + 1, seq - 1));
        }
        boolean follows = link.matches("[0-9a-f]{64}") && RecordChain.link(previous, seq, record).equals(link);
        boolean asCheckpointed = checkpoint == null || checkpoint.seq() != seq || checkpoint.hash().equals(link);
        if (!follows || !asCheckpointed) {
            broken.add(record.id());
        }
        if (link.matches("[0-9a-f]{64}")) {
            previous = link;
            head = new ChainHead(seq, link);
        }
        last = seq;
    }

    /** Numbers missing from the sequence, the newest ones (up to the checkpoint) included. */
    List<SequenceGap> gaps() {
        List<SequenceGap> all = new ArrayList<>(gaps);
        if (checkpoint != null && last < checkpoint.seq()) {
            all.add(new SequenceGap(last + 1, checkpoint.seq()));
        }
        return all;
    }

    /** Ids of the records whose link does not follow. */
    List<Long> broken() {
        return broken;
    }

    /** The newest record's place in the chain, null for an archive without records. */
    ChainHead head() {
        return head;
    }

    /** Whether the chain is whole, so that its head may become the next checkpoint. */
    boolean whole() {
        return gaps().isEmpty() && broken.isEmpty();
    }

    /** The head to record as the new checkpoint: when the chain is whole and has grown past the last one. */
    ChainHead nextCheckpoint() {
        return whole() && head != null && (checkpoint == null || head.seq() > checkpoint.seq()) ? head : null;
    }
}
