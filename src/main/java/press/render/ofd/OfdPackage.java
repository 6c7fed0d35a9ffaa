package press.render.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OFD package, a ZIP file whose entries are written in the order they were added, every
 * one dated the document's date (a DOS time, no time zone, no extra fields): the same
 * document, the same bytes. XML and fonts are deflated; pictures, already compressed PNG or
 * JPEG, are stored.
 */
final class OfdPackage {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final LocalDateTime date;

    OfdPackage(LocalDateTime date) {
        this.date = date;
    }

    void add(String path, byte[] bytes) {
        if (entries.put(path, bytes) != null) {
            throw new IllegalStateException("two entries " + path);
        }
    }

    byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(entries.values().stream().mapToInt(b -> b.length).sum() / 2);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(date);
                byte[] bytes = entry.getValue();
                if (compressed(entry.getKey())) {
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(bytes.length);
                    zipEntry.setCompressedSize(bytes.length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the OFD package", e);
        }
        return out.toByteArray();
    }

    private static boolean compressed(String path) {
        return path.endsWith(".png") || path.endsWith(".jpg");
    }
}
