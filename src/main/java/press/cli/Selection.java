package press.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
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
    static final String DATA = "DATA.json";

    final String template;
    final String variant;
    final String format;
    final boolean embedFonts;
    final Path data;

    private Selection(String template, String variant, String format, boolean embedFonts, Path data) {
        this.template = template;
        this.variant = variant;
        this.format = format;
        this.embedFonts = embedFonts;
        this.data = data;
    }

    /** Adds the options that select a kind, variant and format to {@code options}. */
    static Options addTo(Options options) {
        return options
                .addOption(Arguments.valued("t", "template", "KIND", "bulletin kind (default: the envelope's, else "
                        + DEFAULT_TEMPLATE + ")"))
                .addOption(Arguments.valued("v", "variant", "VARIANT", "variant (default: the kind's default)"))
                .addOption(Arguments.valued("f", "format", "FORMAT", "pdf, docx or ofd (default: pdf)"))
                .addOption(Arguments.flag("embed-fonts",
                        "DOCX: embed the bundled fonts (as subsets) instead of naming the official ones"));
    }

    /** The selection given, the data file being the one operand ({@value #DATA}: the month's data, or an envelope with them). */
    static Selection from(Arguments arguments) throws ParseException {
        return new Selection(arguments.text("template", null), arguments.text("variant", null),
                arguments.text("format", null), arguments.flag("embed-fonts"), Path.of(arguments.operand(DATA)));
    }

    /** @param archive whether the PDF goes to the archive as well */
    RenderRequest request(boolean archive) {
        return request(archive, false);
    }

    /**
     * @param archive whether the PDF goes to the archive as well
     * @param ofdCopy whether an OFD-A copy goes to the archive beside it
     */
    RenderRequest request(boolean archive, boolean ofdCopy) {
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
            case "ofdCopy" -> ofdCopy ? "true" : null;
            default -> null;
        }, body, DEFAULT_TEMPLATE);
        Path folder = data.toAbsolutePath().getParent();
        return new RenderRequest(request.kind(), request.variant(), request.format(),
                LocalImages.inline(request.data(), folder), request.options());
    }
}
