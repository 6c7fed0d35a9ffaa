package press.render.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.testing.FixtureVariant;

/**
 * The documents the OFD tests read: every fixture in every variant, as OFD, as OFD-A and as
 * PDF, each rendered once for the whole run; and packages with one entry replaced, for the
 * tests that show a check can fail.
 */
final class OfdSamples {

    private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

    private OfdSamples() {
    }

    static List<FixtureVariant> all() {
        return FixtureVariant.all();
    }

    static byte[] ofd(FixtureVariant sample) {
        return RENDERED.computeIfAbsent(sample + " ofd", key -> sample.render(Format.OFD, RenderOptions.NONE)).clone();
    }

    static byte[] archivalOfd(FixtureVariant sample) {
        return RENDERED.computeIfAbsent(sample + " ofd-a", key -> sample.render(Format.OFD, RenderOptions.NONE.forArchive()))
                .clone();
    }

    static byte[] pdf(FixtureVariant sample) {
        return RENDERED.computeIfAbsent(sample + " pdf", key -> sample.render(Format.PDF, RenderOptions.NONE)).clone();
    }

    /** The package with entry {@code name} holding {@code bytes} instead. */
    static OfdFile replaced(OfdFile file, String name, byte[] bytes) {
        return new OfdFile(zip(file, name, bytes));
    }

    static byte[] zip(OfdFile file, String name, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : file.names()) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.equals(name) ? bytes : file.bytes(entry));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
