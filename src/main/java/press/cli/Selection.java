package press.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import press.failure.Failure;
import press.failure.Reason;
import press.pipeline.RenderRequest;
import press.pipeline.RequestDecoder;

/**
 * The options that say what to render: template (kind), variant, format and the data file,
 * which may also be an envelope naming them. Decoded exactly as the HTTP service decodes a
 * request; an option given here wins over the envelope.
 */
final class Selection {

    static final String DEFAULT_TEMPLATE = "gov-service-monthly";

    @Option(names = {"-t", "--template"}, paramLabel = "KIND",
            description = "bulletin kind (default: the envelope's, else " + DEFAULT_TEMPLATE + ")")
    String template;

    @Option(names = {"-v", "--variant"}, paramLabel = "VARIANT", description = "variant (default: the kind's default)")
    String variant;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "pdf or docx (default: pdf)")
    String format;

    @Option(names = "--embed-fonts", description = "DOCX: embed the bundled fonts (as subsets) instead of naming the official ones")
    boolean embedFonts;

    @Parameters(index = "0", paramLabel = "DATA.json", description = "the month's data, or an envelope with them")
    Path data;

    /** @param archive whether the PDF goes to the archive as well */
    RenderRequest request(boolean archive) {
        byte[] body;
        try {
            body = Files.readAllBytes(data);
        } catch (NoSuchFileException e) {
            throw new Failure(Reason.NO_SUCH_FILE, "no such file: " + data);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + data, e);
        }
        RenderRequest request = RequestDecoder.decode(name -> switch (name) {
            case "template" -> template;
            case "variant" -> variant;
            case "format" -> format;
            case "embedFonts" -> embedFonts ? "true" : null;
            case "archive" -> archive ? "true" : null;
            default -> null;
        }, body, DEFAULT_TEMPLATE);
        Path folder = data.toAbsolutePath().getParent();
        return new RenderRequest(request.kind(), request.variant(), request.format(),
                LocalImages.inline(request.data(), folder), request.options());
    }
}
