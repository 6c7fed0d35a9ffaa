package press.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import press.pipeline.JsonInput;
import press.pipeline.RenderOptions;
import press.pipeline.RenderRequest;
import press.render.Format;

/** The options that say what to render: template (kind), variant, format and the data file. */
final class Selection {

    @Option(names = {"-t", "--template"}, paramLabel = "KIND", defaultValue = "gov-service-monthly",
            description = "bulletin kind (default: ${DEFAULT-VALUE})")
    String template;

    @Option(names = {"-v", "--variant"}, paramLabel = "VARIANT", description = "variant (default: the kind's default)")
    String variant;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "pdf", description = "pdf or docx (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--embed-fonts", description = "DOCX: embed the bundled fonts (as subsets) instead of naming the official ones")
    boolean embedFonts;

    @Parameters(index = "0", paramLabel = "DATA.json", description = "the month's data")
    Path data;

    Format format() {
        return Format.named(format).orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + format + "'; known: pdf, docx"));
    }

    RenderRequest request() throws IOException {
        return new RenderRequest(template, variant, format(), JsonInput.object(Files.readAllBytes(data)),
                RenderOptions.embeddingFonts(embedFonts));
    }
}
