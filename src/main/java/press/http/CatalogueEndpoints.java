package press.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.render.Format;
import press.template.Kind;
import press.template.Names;
import press.template.TemplateCatalogue;
import press.template.Variant;

/** {@code GET /templates}, {@code /templates/{kind}} and {@code /templates/{kind}/example}. */
final class CatalogueEndpoints {

    private final TemplateCatalogue catalogue;

    CatalogueEndpoints(TemplateCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    void list(Context ctx) {
        Responses.json(ctx, 200, Map.of("templates", catalogue.kinds().stream().map(this::summary).toList()));
    }

    void describe(Context ctx) {
        Kind kind = kind(ctx);
        Map<String, Object> body = summary(kind);
        body.put("formats", List.of(Format.PDF.extension(), Format.DOCX.extension()));
        body.put("schema", readJson(kind.schemaFile()));
        Responses.json(ctx, 200, body);
    }

    void example(Context ctx) {
        Kind kind = kind(ctx);
        if (!Files.isRegularFile(kind.exampleFile())) {
            throw ApiError.of(404, "no_example", "template " + kind.name() + " has no example data");
        }
        Responses.json(ctx, 200, readJson(kind.exampleFile()));
    }

    private Kind kind(Context ctx) {
        String name = ctx.pathParam("kind");
        if (!Names.isValid(name)) {
            throw new ApiError(400, "invalid_name", "template names are lower-case letters, digits and hyphens",
                    List.of(Map.of("field", "template")));
        }
        return catalogue.kind(name).orElseThrow(() -> new ApiError(404, "unknown_template",
                "unknown template '" + name + "'", List.of(Map.of("field", "template", "valid", catalogue.kindNames()))));
    }

    private Map<String, Object> summary(Kind kind) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", kind.name());
        summary.put("title", kind.title());
        summary.put("description", kind.description());
        summary.put("defaultVariant", kind.defaultVariant());
        summary.put("variants", kind.variantNames().stream().map(name -> {
            Variant variant = kind.variant(name).orElseThrow();
            return Map.of("name", variant.name(), "description", variant.description());
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
