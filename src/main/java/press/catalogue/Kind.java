package press.catalogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bulletin kind: a folder under {@code templates/} with a manifest, a JSON Schema for its
 * data, variants (template and style sheet each) and optionally example data.
 */
public record Kind(String name, String title, String description, String defaultVariant,
                   Map<String, Variant> variants, Path directory) {

    public Kind {
        Names.check(name, "kind");
        variants = Map.copyOf(variants);
        if (!variants.containsKey(defaultVariant)) {
            throw new IllegalArgumentException("kind " + name + ": default variant '" + defaultVariant
                    + "' is not among its variants " + variants.keySet());
        }
    }

    public Optional<Variant> variant(String variantName) {
        return Optional.ofNullable(variants.get(variantName));
    }

    public List<String> variantNames() {
        return variants.keySet().stream().sorted().toList();
    }

    public Path schemaFile() {
        return directory.resolve("schema.json");
    }

    /** Derived figures, rate rounding and proofreading checks; optional. */
    public Path figuresFile() {
        return directory.resolve("figures.json");
    }

    /** The kind's wording: phrases with named blanks an office may edit; optional. */
    public Path phrasesFile() {
        return directory.resolve("phrases.json");
    }

    public Path exampleFile() {
        return directory.resolve("example.json");
    }

    /**
     * The example of one variant: {@code example.<variant>.json} where the kind has one (a 命令 is
     * written otherwise than a 通知), else the kind's.
     */
    public Path exampleFile(String variant) {
        Path own = directory.resolve("example." + variant + ".json");
        return variants().containsKey(variant) && java.nio.file.Files.isRegularFile(own) ? own : exampleFile();
    }

    public Path styleFile(Variant variant) {
        return directory.resolve(variant.styleFile());
    }

    /** The template's name for FreeMarker, relative to the templates folder. */
    public String templateName(Variant variant) {
        return name + "/" + variant.templateFile();
    }
}
