package press.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import press.archive.ArchiveStore;

/**
 * The two archives a test runs against by name, "sqlite" (in a folder) or "postgres" (a fresh
 * database of its own, dropped after each test). Registered as a field:
 * {@code @RegisterExtension final BothArchives archives = new BothArchives();}.
 */
public final class BothArchives implements AfterEachCallback {

    private PostgresDatabase database;

    /** The archive of that backend: SQLite's in {@code directory}, PostgreSQL's in a new database. */
    public ArchiveStore open(String backend, Path directory) {
        if (backend.equals("sqlite")) {
            return ArchiveStore.open(directory);
        }
        return newDatabase().archive();
    }

    /** A fresh PostgreSQL database of this test's, dropped after it, for a test that sets it up by hand. */
    public PostgresDatabase newDatabase() {
        database = new PostgresDatabase();
        return database;
    }

    /** The PostgreSQL database the last {@link #open} made; null on SQLite. */
    public PostgresDatabase database() {
        return database;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
