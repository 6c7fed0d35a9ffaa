package press.archive;

import java.nio.file.Path;
import java.util.Random;
import press.model.Metadata;

/**
 * A process that does nothing but archive, as fast as it can, reporting each committed record
 * on stdout: the crash test kills it with SIGKILL at an arbitrary moment.
 */
public final class ArchivingChild {

    private ArchivingChild() {
    }

    public static void main(String[] args) {
        Random random = new Random();
        try (ArchiveStore archive = ArchiveStore.open(Path.of(args[0]))) {
            for (int n = 0; ; n++) {
                byte[] bytes = new byte[256 * 1024];
                random.nextBytes(bytes);
                ArchivedDocument record = archive.store(new NewRecord("gov-service-monthly", "jianbao", "pdf",
                        new Metadata("第" + n + "份", "阿坝州", String.format("20%02d-%02d", n / 12 % 100, n % 12 + 1), "", ""),
                        bytes, "{}", "松潘县 第" + n + "份"));
                System.out.println("stored " + record.id());
                System.out.flush();
            }
        }
    }
}
