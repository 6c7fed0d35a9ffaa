package press.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import press.catalogue.Names;
import press.failure.Failure;
import press.failure.Reason;
import tools.jackson.databind.JsonNode;

/**
 * Decodes a render request the same way for every edge. Named parameters (HTTP query
 * parameters, command-line options) say template, variant, format, embedFonts, archive, ofdCopy,
 * strict and report; the JSON body is either the data or an envelope {@code {"template", "variant",
 * "format", "embedFonts", "archive", "ofdCopy", "strict", "report", "data"}} that fills in what the
 * parameters leave out. Names are
 * checked before any lookup, so nothing resembling a path reaches the catalogue.
 */
public final class RequestDecoder {

    private static final Set<String> ENVELOPE = Set.of("template", "variant", "format", "embedFonts", "archive", "ofdCopy",
            "strict", "report", "data");
    private static final List<String> BOOLEANS = List.of("true", "false");
    private static final Set<String> FLAGS = Set.of("embedFonts", "archive", "ofdCopy", "strict", "report");

    private RequestDecoder() {
    }

    /**
     * @param parameters the value of a named parameter, or null where it was not given
     * @param defaultTemplate the kind when neither parameters nor envelope name one; null to require one
     * @throws Failure for a body that is not a JSON object or a parameter that is not valid
     */
    public static RenderRequest decode(Function<String, String> parameters, byte[] body, String defaultTemplate) {
        JsonNode json = JsonInput.object(body);
        boolean envelope = json.has("data") && json.get("data").isObject()
                && json.propertyNames().stream().allMatch(ENVELOPE::contains);
        Function<String, String> value = name -> {
            String given = parameters.apply(name);
            if (given == null && envelope && json.has(name) && !json.get(name).isNull()) {
                given = envelopeValue(name, json.get(name));
            }
            return given;
        };
        String template = value.apply("template");
        if (template == null) {
            template = defaultTemplate;
        }
        if (template == null) {
            throw new Failure(Reason.MISSING_TEMPLATE,
                    "say which template renders the data: template=… (GET /templates lists them)");
        }
        checkName("template", template);
        String variant = value.apply("variant");
        if (variant != null) {
            checkName("variant", variant);
        }
        Format format = format(value.apply("format"));
        boolean archive = flag("archive", value.apply("archive"));
        if (archive && format != Format.PDF) {
            throw Failure.invalidValue(Reason.ARCHIVE_NEEDS_PDF, "the archive keeps PDF/A only; ask for format=pdf",
                    "format", List.of("pdf"));
        }
        boolean ofdCopy = flag("ofdCopy", value.apply("ofdCopy"));
        if (ofdCopy && !archive) {
            throw Failure.invalidValue(Reason.INVALID_PARAMETER, "ofdCopy=true archives an OFD-A copy beside the PDF/A: "
                    + "it needs archive=true", "ofdCopy", List.of("false"));
        }
        RenderOptions options = new RenderOptions(flag("embedFonts", value.apply("embedFonts")), archive,
                flag("strict", value.apply("strict")), flag("report", value.apply("report")), ofdCopy);
        return new RenderRequest(template, variant, format, envelope ? json.get("data") : json, options);
    }

    /** A name in the envelope is a string; a flag, true or false (or the string of one). */
    private static String envelopeValue(String name, JsonNode field) {
        boolean flag = FLAGS.contains(name);
        if (field.isString()) {
            return field.asString();
        }
        if (flag && field.isBoolean()) {
            return Boolean.toString(field.booleanValue());
        }
        throw Failure.invalidValue(Reason.INVALID_PARAMETER, "\"" + name + "\" in the envelope is " + field.getNodeType()
                .name().toLowerCase(Locale.ROOT) + "; it takes " + (flag ? "true or false" : "a name (a string)"), name,
                flag ? BOOLEANS : List.of());
    }

    private static Format format(String name) {
        if (name == null) {
            return Format.PDF;
        }
        List<String> valid = List.of(Format.values()).stream().map(Format::extension).toList();
        return Format.named(name).orElseThrow(() -> Failure.invalidValue(Reason.UNKNOWN_FORMAT,
                "unknown format '" + name + "'; valid: " + String.join(", ", valid), "format", valid));
    }

    private static boolean flag(String field, String value) {
        if (value == null) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (!BOOLEANS.contains(lower)) {
            throw Failure.invalidValue(Reason.INVALID_PARAMETER, field + " is true or false, not '" + value + "'", field,
                    BOOLEANS);
        }
        return lower.equals("true");
    }

    private static void checkName(String field, String name) {
        if (!Names.isValid(name)) {
            throw new Failure(Reason.INVALID_NAME, field + " names are lower-case letters, digits and hyphens; '"
                    + name + "' is not one", List.of(Map.of("field", field)));
        }
    }
}
