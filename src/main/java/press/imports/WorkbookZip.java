package press.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * An uploaded .xlsx as POI's package reads it, without inflating it first: entries are read
 * from the upload's bytes where they lie, and each is inflated only when a reader streams it,
 * through POI's own zip-bomb guard (the inflation ratio, the size of an entry). POI's
 * {@code OPCPackage.open(InputStream)} would instead inflate every entry into memory before
 * anything is read — a sheet's whole XML per upload.
 *
 * <p>Two allowances: a worksheet or the shared strings, streamed and bounded by the readers'
 * own limits, may inflate to {@link #MAX_PART}; every other part — the content types, the
 * relationships, the document properties, which POI parses into a DOM tree whole — to
 * {@link #MAX_PACKAGE_PART}, which a real workbook's are far below.
 */
final class WorkbookZip extends ZipFileZipEntrySource {

    /**
     * Inflated bytes per compressed byte, at most 50: an office's sheets compress some 5 to 20
     * times; 50 is a bomb. Entries under POI's grace size (100 KiB) are not held to it.
     */
    static final double MIN_INFLATE_RATIO = 0.02;
    /**
     * A worksheet or the shared strings: room for a full table (2 000 × 30 cells) with its text
     * written inline and its formatting. Streamed, so this bounds the time a part takes, not memory.
     */
    static final long MAX_PART = 32L * 1024 * 1024;
    /** Content types, relationships, properties: parsed whole, so kept small. */
    static final long MAX_PACKAGE_PART = 2L * 1024 * 1024;
    /** Entries of the zip: a workbook has dozens; POI's own default. */
    static final int MAX_ENTRIES = 1000;

    static {
        // process-wide, and only this package uses POI in the service: the reader's limits are its limits
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        // POI's text extractors stop here; this reader does not use them, its own text limit is the same
        ZipSecureFile.setMaxTextSize(WorkbookReader.MAX_TEXT);
    }

    private final Set<String> streamed = new HashSet<>();
    private String cut;

    private WorkbookZip(ZipFile zip) {
        super(zip);
    }

    /**
     * The upload as a zip, refused when an entry says it would inflate past its limit or beyond
     * the ratio: such a file is a bomb whether or not its bomb lies in a part this reader reads.
     */
    static WorkbookZip of(byte[] xlsx) throws IOException {
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
        try {
            int entries = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (++entries > MAX_ENTRIES) {
                    throw new IOException("the zip has more than " + MAX_ENTRIES + " entries");
                }
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size > MAX_PART || size > ZipSecureFile.getGraceEntrySize() && compressed >= 0
                        && compressed < size * MIN_INFLATE_RATIO) {
                    throw new IOException(String.format(Locale.ROOT,
                            "zip bomb: %s would inflate to %d bytes from %d (at most %d, and %.0f times)",
                            entry.getName(), size, compressed, MAX_PART, 1 / MIN_INFLATE_RATIO));
                }
            }
            return new WorkbookZip(zip);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Lets a part that a reader streams (a worksheet, the shared strings) inflate to {@link #MAX_PART}. */
    void stream(PackagePart part) {
        if (part instanceof ZipPackagePart zipped) {
            streamed.add(zipped.getZipArchive().getName());
        }
    }

    /**
     * Why a package part was cut off at its allowance, if one was: POI reads some parts (the
     * relationships) as optional and goes on without them, so the reader asks here.
     */
    Optional<String> cut() {
        return Optional.ofNullable(cut);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        InputStream guarded = new ZipArchiveThresholdInputStream(super.getInputStream(entry));
        return streamed.contains(entry.getName()) ? guarded : new Capped(guarded, entry.getName());
    }

    /** A package part that POI parses whole, stopped at {@link #MAX_PACKAGE_PART} inflated bytes. */
    private final class Capped extends FilterInputStream {

        private final String name;
        private long read;

        Capped(InputStream in, String name) {
            super(in);
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > MAX_PACKAGE_PART) {
                cut = name + " inflates past " + MAX_PACKAGE_PART + " bytes";
                throw new IOException(cut);
            }
        }
    }
}
