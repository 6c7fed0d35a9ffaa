package press.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one writer of a SQLite archive's data directory: an OS lock on {@code archive.lock}, held
 * until {@link #close()}. Two processes on one directory fail a quarter of their publishes and
 * delete each other's unfinished files at start, so the second is refused before it touches
 * anything. The OS lock belongs to the whole JVM (a second {@code tryLock} in the same process
 * throws rather than fails, and closing any channel on the file drops it), so archives opened in
 * this process are also kept in {@link #HELD}. The file itself is never deleted: removing a lock
 * file while another process waits to lock it lets two processes hold "the" lock at once.
 */
final class DirectoryLock implements AutoCloseable {

    static final String FILE = "archive.lock";

    /** Directories (real paths) whose archive this process holds open. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code directory} (which must exist) for this archive, or says who holds it. */
    static DirectoryLock acquire(Path directory) throws IOException {
        Path real = directory.toRealPath();
        if (!HELD.add(real)) {
            throw inUse(real, "another archive in this process");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(real.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                throw inUse(real, holder.isEmpty() ? "another process" : "another process (pid " + holder + ")");
            }
            // the holder's pid, for the message the next process gets
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)),
                    0);
            channel.force(false);
            return new DirectoryLock(real, channel, lock);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            HELD.remove(real);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // this JVM holds it through a channel HELD does not know of: as good as another process
            return null;
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int read = channel.read(buffer, 0);
            String pid = read <= 0 ? "" : new String(buffer.array(), 0, read, StandardCharsets.US_ASCII).strip();
            return pid.matches("\\d{1,19}") ? pid : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static IllegalStateException inUse(Path directory, String holder) {
        return new IllegalStateException("the archive in " + directory + " is in use: " + holder + " holds its lock "
                + directory.resolve(FILE) + ". Two processes on one SQLite archive lose publishes and delete each "
                + "other's unfinished files; stop the other one, or give this one another data directory");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel is what releases the lock; the OS drops it with the process anyway
        } finally {
            HELD.remove(directory);
        }
    }
}
