package press.archive;

import java.util.Objects;

/**
 * The newest record's place in the hash chain: its sequence number and its link, which stands for
 * every record before it. Written down elsewhere (a log, a monitor), it lets anyone tell later
 * that nothing up to it was deleted or rewritten.
 */
public record ChainHead(long seq, String hash) {

    public ChainHead {
        Objects.requireNonNull(hash, "hash");
        if (seq < 1 || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a chain head is a record number from 1 and a SHA-256 in hex: " + seq + ", "
                    + hash);
        }
    }
}
