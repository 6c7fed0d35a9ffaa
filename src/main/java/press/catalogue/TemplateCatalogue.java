package press.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulletin kinds found under the templates folder: every subfolder with a
 * {@code manifest.json}. Requests name kinds and variants; only names listed here are ever
 * turned into files, so a request can never reach a path.
 */
public final class TemplateCatalogue {

    private static final Set<String> VARIANT_KEYS = Set.of("title", "description");

    private final Path root;
    private final Map<String, Kind> kinds;

    private TemplateCatalogue(Path root, Map<String, Kind> kinds) {
        this.root = root;
        this.kinds = Map.copyOf(kinds);
    }

    public static TemplateCatalogue load(Path root) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                Path manifest = folder.resolve("manifest.json");
                String name = folder.getFileName().toString();
                if (Files.isRegularFile(manifest) && Names.isValid(name)) {
                    kinds.put(name, kind(name, folder, json.readTree(Files.readString(manifest))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates from " + root, e);
        }
        if (kinds.isEmpty()) {
            throw new IllegalStateException("no bulletin kinds (folders with manifest.json) under " + root);
        }
        return new TemplateCatalogue(root, kinds);
    }

    private static Kind kind(String name, Path folder, JsonNode manifest) {
        Map<String, Variant> variants = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : manifest.path("variants").properties()) {
            Variant variant = variant(name, entry.getKey(), entry.getValue());
            for (Path file : List.of(folder.resolve(variant.templateFile()), folder.resolve(variant.styleFile()))) {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException("kind " + name + ", variant " + variant.name() + ": missing " + file);
                }
            }
            variants.put(variant.name(), variant);
        }
        if (!Files.isRegularFile(folder.resolve("schema.json"))) {
            throw new IllegalStateException("kind " + name + " has no schema.json");
        }
        return new Kind(name, manifest.path("title").asString(name), manifest.path("description").asString(""),
                manifest.path("defaultVariant").asString(""), variants, folder);
    }

    /**
     * A manifest's variant: a sentence saying what it is for, or {@code {"title", "description"}}
     * when it has a title for the staff page. The sentence alone stays valid, so an office's own
     * templates written before titles keep loading.
     */
    private static Variant variant(String kind, String name, JsonNode value) {
        if (value.isString()) {
            return new Variant(name, value.asString());
        }
        String where = "kind " + kind + ", variant " + name + ": ";
        if (!value.isObject()) {
            throw new IllegalStateException(where + "expected a description or {\"title\", \"description\"}, not " + value);
        }
        for (String key : value.propertyNames()) {
            if (!VARIANT_KEYS.contains(key) || !value.get(key).isString()) {
                throw new IllegalStateException(where + "'" + key + "' is not a variant's title or description (a string)");
            }
        }
        return new Variant(name, value.path("title").asString(null), value.path("description").asString(""));
    }

    public Path root() {
        return root;
    }

    public Optional<Kind> kind(String name) {
        return Names.isValid(name) ? Optional.ofNullable(kinds.get(name)) : Optional.empty();
    }

    public List<Kind> kinds() {
        return kinds.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    public List<String> kindNames() {
        return kinds().stream().map(Kind::name).toList();
    }
}
