package press.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.catalogue.Kind;
import press.catalogue.Names;
import press.catalogue.TemplateCatalogue;
import press.catalogue.Variant;
import press.failure.Failure;
import press.failure.Reason;
import press.pipeline.Format;

/** {@code GET /templates}, {@code /templates/{kind}} and {@code /templates/{kind}/example}. */
final class CatalogueEndpoints {

    /** The catalogue of the templates serving now: a reload may replace it. */
    private final java.util.function.Supplier<TemplateCatalogue> catalogue;

    CatalogueEndpoints(java.util.function.Supplier<TemplateCatalogue> catalogue) {
        this.catalogue = catalogue;
    }

    void list(Context ctx) {
        Responses.json(ctx, 200, Map.of("templates", catalogue.get().kinds().stream().map(this::summary).toList()));
    }

    void describe(Context ctx) {
        Kind kind = kind(ctx);
        Map<String, Object> body = summary(kind);
        body.put("formats", java.util.Arrays.stream(Format.values()).map(Format::extension).toList());
        body.put("schema", readJson(kind.schemaFile()));
        Responses.json(ctx, 200, body);
    }

    /** The kind's example, or with {@code ?variant=} that variant's own where it has one. */
    void example(Context ctx) {
        Kind kind = kind(ctx);
        String variant = ctx.queryParam("variant");
        if (variant != null && kind.variant(variant).isEmpty()) {
            throw new Failure(Reason.UNKNOWN_VARIANT, "template " + kind.name() + " has no variant '" + variant
                    + "'; it has " + String.join(", ", kind.variantNames()));
        }
        Path file = variant == null ? kind.exampleFile() : kind.exampleFile(variant);
        if (!Files.isRegularFile(file)) {
            throw new Failure(Reason.NO_EXAMPLE, "template " + kind.name() + " has no example data");
        }
        Responses.json(ctx, 200, readJson(file));
    }

    private Kind kind(Context ctx) {
        String name = ctx.pathParam("kind");
        if (!Names.isValid(name)) {
            throw new Failure(Reason.INVALID_NAME, "template names are lower-case letters, digits and hyphens",
                    List.of(Map.of("field", "template")));
        }
        return catalogue.get().kind(name).orElseThrow(() -> Failure.invalidValue(Reason.UNKNOWN_TEMPLATE,
                "unknown template '" + name + "'", "template", catalogue.get().kindNames()));
    }

    private Map<String, Object> summary(Kind kind) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", kind.name());
        summary.put("title", kind.title());
        summary.put("description", kind.description());
        summary.put("defaultVariant", kind.defaultVariant());
        summary.put("variants", kind.variantNames().stream().map(name -> {
            Variant variant = kind.variant(name).orElseThrow();
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("name", variant.name());
            described.put("title", variant.title());
            described.put("description", variant.description());
            return described;
        }).toList());
        return summary;
    }

    private static Object readJson(java.nio.file.Path file) {
        try {
            return Json.MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
