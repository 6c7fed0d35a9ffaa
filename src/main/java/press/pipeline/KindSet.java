package press.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import press.catalogue.Kind;
import press.catalogue.TemplateCatalogue;
import press.catalogue.Variant;
import press.failure.Failure;
import press.failure.Reason;
import press.figures.FigureRules;
import press.render.style.StyleSheet;
import press.render.style.StyleSheetLoader;
import press.template.BulletinTemplates;
import press.template.Phrases;
import press.template.PhrasesReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kinds of a templates folder, loaded and checked at once: figures, templates (parsed),
 * phrases (against the schema, the figures and the templates) and style sheets, all read now
 * and kept, so that a file changed on disk later never reaches a press made from them.
 * Immutable; FreeMarker's configuration inside is safe to share between threads.
 */
final class KindSet {

    private final TemplateCatalogue catalogue;
    private final BulletinTemplates templates;
    private final Map<String, JsonNode> schemas;
    private final Map<String, FigureRules> rules;
    private final Map<String, Phrases> phrases;
    private final Map<String, StyleSheet> styleSheets;

    /** @throws Failure {@link Reason#TEMPLATE_ERROR} naming the file, line, phrase or key at fault */
    KindSet(TemplateCatalogue catalogue) {
        this.catalogue = catalogue;
        this.templates = new BulletinTemplates(catalogue.root());
        StyleSheetLoader styles = new StyleSheetLoader();
        Map<String, JsonNode> schemaByKind = new HashMap<>();
        Map<String, FigureRules> rulesByKind = new HashMap<>();
        Map<String, Phrases> wording = new HashMap<>();
        Map<String, StyleSheet> sheets = new HashMap<>();
        for (Kind kind : catalogue.kinds()) {
            schemaByKind.put(kind.name(), schema(kind));
            rulesByKind.put(kind.name(), FigureRules.load(kind.figuresFile()));
            templates.check(kind);
            for (String name : kind.variantNames()) {
                Variant variant = kind.variant(name).orElseThrow();
                sheets.put(key(kind, variant), styles.load(kind.styleFile(variant)));
            }
        }
        this.schemas = Map.copyOf(schemaByKind);
        this.rules = Map.copyOf(rulesByKind);
        for (Kind kind : catalogue.kinds()) {
            wording.put(kind.name(), reader(kind).read(kind.phrasesFile()));
        }
        this.phrases = Map.copyOf(wording);
        this.styleSheets = Map.copyOf(sheets);
    }

    private static JsonNode schema(Kind kind) {
        try {
            return JsonMapper.builder().build().readTree(Files.readString(kind.schemaFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema of " + kind.name(), e);
        }
    }

    private static String key(Kind kind, Variant variant) {
        return kind.name() + "/" + variant.name();
    }

    private PhrasesReader reader(Kind kind) {
        return new PhrasesReader(kind.name() + "/phrases.json", schemas.get(kind.name()),
                rules.get(kind.name()).derivedNames(), templates.sources(kind));
    }

    TemplateCatalogue catalogue() {
        return catalogue;
    }

    BulletinTemplates templates() {
        return templates;
    }

    FigureRules rules(Kind kind) {
        return rules.get(kind.name());
    }

    Phrases phrases(Kind kind) {
        return phrases.get(kind.name());
    }

    StyleSheet style(Kind kind, Variant variant) {
        return styleSheets.get(key(kind, variant));
    }

    /** Phrases read from {@code bytes} and checked against the kind as a load checks them. */
    Phrases checkPhrases(Kind kind, byte[] bytes) {
        return reader(kind).read(bytes);
    }

}
