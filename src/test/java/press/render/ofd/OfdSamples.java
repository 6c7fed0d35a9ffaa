package press.render.ofd;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.testing.FixtureVariant;

/**
 * The documents the OFD tests read: every fixture in every variant, as OFD, as OFD-A and as
 * PDF, each rendered once for the whole run.
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
}
