package press.archive;

/** A record whose file is missing or no longer has the recorded SHA-256: it is never served. */
public final class ArchiveCorruptException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    public ArchiveCorruptException(long id, String message) {
        super(message);
        this.id = id;
    }

    public long id() {
        return id;
    }
}
