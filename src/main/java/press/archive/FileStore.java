package press.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files named by their SHA-256 ({@code files/ab/abcd….pdf}). A file is written to
 * {@code tmp/}, forced to disk, renamed into place and its folder forced, so a name that
 * exists always holds its whole content; the same bytes are stored once.
 */
final class FileStore {

    private final Path files;
    private final Path temporary;

    FileStore(Path directory) {
        this.files = directory.resolve("files");
        this.temporary = directory.resolve("tmp");
        try {
            Files.createDirectories(files);
            Files.createDirectories(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the archive folders in " + directory, e);
        }
    }

    /** Stores the bytes unless a file with their hash is there already; returns the hash. */
    String put(byte[] bytes, String extension) {
        String sha = Sha256.hex(bytes);
        Path target = path(sha, extension);
        if (Files.exists(target)) {
            return sha;
        }
        try {
            Files.createDirectories(target.getParent());
            Path part = Files.createTempFile(temporary, sha.substring(0, 8) + "-", ".part");
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
            force(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + target, e);
        }
        return sha;
    }

    /** The file's bytes if they still hash to {@code sha}; a missing or altered file is an error naming it. */
    byte[] get(long id, String sha, String extension) {
        Path file = path(sha, extension);
        if (!Files.exists(file)) {
            throw ArchiveStore.corrupt(id, "archive record " + id + ": file " + files.relativize(file) + " is missing");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String actual = Sha256.hex(bytes);
            if (!actual.equals(sha)) {
                throw ArchiveStore.corrupt(id, "archive record " + id + ": file " + files.relativize(file)
                        + " is altered: its SHA-256 is " + actual + ", recorded " + sha);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    boolean intact(String sha, String extension) {
        Path file = path(sha, extension);
        try {
            return Files.exists(file) && Sha256.hex(Files.readAllBytes(file)).equals(sha);
        } catch (IOException e) {
            return false;
        }
    }

    boolean exists(String sha, String extension) {
        return Files.exists(path(sha, extension));
    }

    /** Every stored file's hash, from its name. */
    List<String> hashes() {
        List<String> hashes = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(files)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString();
                hashes.add(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + files, e);
        }
        return hashes;
    }

    /** Removes what a crash left in tmp/: never renamed, so never recorded. */
    int removeUnfinished() {
        int removed = 0;
        try (Stream<Path> parts = Files.list(temporary)) {
            for (Path part : parts.toList()) {
                Files.deleteIfExists(part);
                removed++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + temporary, e);
        }
        return removed;
    }

    private Path path(String sha, String extension) {
        return files.resolve(sha.substring(0, 2)).resolve(sha + "." + extension);
    }

    private static void force(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems cannot open a folder for syncing; the rename is then as durable as they make it
        }
    }
}
