package press.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import press.archive.ArchiveStore;
import press.catalogue.Kind;
import press.catalogue.TemplateCatalogue;
import press.catalogue.Variant;
import press.failure.Failure;
import press.failure.Reason;
import press.figures.FigureRules;
import press.figures.Figures;
import press.figures.Finding;
import press.figures.History;
import press.figures.LintReport;
import press.fonts.FontLibrary;
import press.markup.MarkupReader;
import press.model.Document;
import press.render.Renderer;
import press.render.docx.DocxRenderer;
import press.render.page.PagedDocument;
import press.render.ofd.OfdRenderer;
import press.render.pdf.PdfRenderer;
import press.render.style.StyleSheetLoader;
import press.template.BulletinTemplates;
import press.template.DataValidator;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline, built once per process and shared by all threads: data → schema check →
 * template → markup → document → renderer. Renderers are made on first use of a kind, variant
 * and format, then kept.
 */
public final class BulletinPress implements Press {

    private final TemplateCatalogue catalogue;
    private final DataValidator validator = new DataValidator();
    private final BulletinTemplates templates;
    private final MarkupReader reader = new MarkupReader();
    private final StyleSheetLoader styles = new StyleSheetLoader();
    private final FontLibrary fonts;
    private final Map<String, FigureRules> rules;
    private final Map<String, Renderer> renderers = new ConcurrentHashMap<>();

    private BulletinPress(TemplateCatalogue catalogue, FontLibrary fonts) {
        this.catalogue = catalogue;
        Map<String, FigureRules> byKind = new java.util.HashMap<>();
        catalogue.kinds().forEach(kind -> byKind.put(kind.name(), FigureRules.load(kind.figuresFile())));
        this.rules = Map.copyOf(byKind);
        this.templates = new BulletinTemplates(catalogue.root());
        this.fonts = fonts;
    }

    public static BulletinPress open(Path templatesRoot, Path fontsRoot) {
        return new BulletinPress(TemplateCatalogue.load(templatesRoot), FontLibrary.load(fontsRoot));
    }

    @Override
    public TemplateCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public RenderedDocument render(RenderRequest request) {
        return render(request, List.of(request.format())).get(0);
    }

    /** The request's document, its data checked and read once, rendered into each of {@code formats}. */
    private List<RenderedDocument> render(RenderRequest request, List<Format> formats) {
        Kind kind = kind(request.kind());
        Variant variant = variant(kind, request.variant());
        Checked checked = figures(kind, variant, request.data(), request.history());
        Figures figures = checked.figures();
        if (request.options().strict() && !figures.report().warnings().isEmpty()) {
            throw refused(figures.report().warnings(), "strict: the proofreading's warnings refuse the render");
        }
        Document document = document(kind, variant, checked.data(), figures);
        List<RenderedDocument> rendered = new java.util.ArrayList<>(formats.size());
        for (Format format : formats) {
            Renderer renderer = renderer(kind, variant, format, request.options());
            try {
                byte[] bytes = renderer.render(document);
                rendered.add(new RenderedDocument(bytes, format, kind.name(), variant.name(), document, figures.report()));
            } catch (Failure failure) {
                throw failure.reason() == Reason.UNCOVERED_CHARACTER ? traced(failure, request.data()) : failure;
            }
        }
        return rendered;
    }

    /**
     * The proofreading's report, and, where it finds no error, what the render itself would
     * refuse (a character no bundled font draws): the document is made and rendered as a PDF, so
     * lint passes exactly when render would.
     */
    @Override
    public LintReport lint(String kindName, String variantName, JsonNode data) {
        return lint(kindName, variantName, data, History.NONE);
    }

    /** The proofreading's report, the month also compared with its earlier issues where there are any. */
    @Override
    public LintReport lint(String kindName, String variantName, JsonNode given, History history) {
        Kind kind = kind(kindName);
        Variant variant = variant(kind, variantName);
        Checked checked = evaluated(kind, variant, given, history);
        JsonNode data = checked.data();
        Figures figures = checked.figures();
        List<Finding> findings = new java.util.ArrayList<>(figures.report().findings());
        if (figures.report().hasErrors()) {
            return new LintReport(LintFindings.merged(findings, templateRefusals(kind, variant, data, figures)));
        }
        try {
            renderer(kind, variant, Format.PDF, RenderOptions.NONE).render(document(kind, variant, data, figures));
        } catch (Failure failure) {
            switch (failure.reason()) {
                case UNCOVERED_CHARACTER -> findings.add(LintFindings.uncovered(traced(failure, given)));
                case INVALID_FIGURES -> findings.addAll(LintFindings.of(failure));
                default -> throw failure;
            }
        }
        return new LintReport(findings);
    }

    /**
     * What the template itself refuses (rates above 100 % the kind does not allow), asked where
     * the proofreading refuses the data already, so that one answer names every refusal.
     */
    private List<Finding> templateRefusals(Kind kind, Variant variant, JsonNode data, Figures figures) {
        try {
            templates.markup(kind, variant, data, figures, rules(kind));
            return List.of();
        } catch (Failure failure) {
            return failure.reason() == Reason.INVALID_FIGURES ? LintFindings.of(failure) : List.of();
        } catch (RuntimeException e) {
            // data the proofreading refuses may break the template too; its errors already say what to fix
            return List.of();
        }
    }

    /** The named variant of the kind, its default where none is named. */
    private static Variant variant(Kind kind, String name) {
        String variantName = name == null ? kind.defaultVariant() : name;
        return kind.variant(variantName).orElseThrow(() -> Failure.invalidValue(Reason.UNKNOWN_VARIANT,
                "unknown variant '" + variantName + "'; known: " + String.join(", ", kind.variantNames()),
                "variant", kind.variantNames()));
    }

    private Kind kind(String name) {
        return catalogue.kind(name).orElseThrow(() -> Failure.invalidValue(Reason.UNKNOWN_TEMPLATE,
                "unknown template '" + name + "'; known: " + String.join(", ", catalogue.kindNames()),
                "template", catalogue.kindNames()));
    }

    /** The data checked against the schema, then their figures derived and proofread; errors refuse the render. */
    private Checked figures(Kind kind, Variant variant, JsonNode given, History history) {
        Checked checked = evaluated(kind, variant, given, history);
        Figures figures = checked.figures();
        if (figures.report().hasErrors()) {
            List<Finding> errors = new java.util.ArrayList<>(figures.report().errors());
            errors = LintFindings.merged(errors, templateRefusals(kind, variant, checked.data(), figures));
            throw refused(errors, "the proofreading refuses the data: figures that do not add up or fields the document cannot go out without");
        }
        return checked;
    }

    /** The data as rendered (pasted line breaks made paragraphs) and their figures. */
    private record Checked(JsonNode data, Figures figures) {
    }

    /**
     * The data's figures, once the data match the schema; where they do not, the refusal names
     * the proofreading's errors with the schema's violations, so that one answer lists them all.
     */
    private Checked evaluated(Kind kind, Variant variant, JsonNode given, History history) {
        List<press.template.Violation> violations = new java.util.ArrayList<>();
        JsonNode data = validator.paragraphs(kind, given, violations);
        java.util.Set<String> refused = new java.util.HashSet<>(violations.stream().map(press.template.Violation::path).toList());
        validator.violations(kind, data).stream().filter(violation -> !refused.contains(violation.path())).forEach(violations::add);
        if (violations.isEmpty()) {
            return new Checked(data, rules(kind).evaluate(data, variant.name(), history));
        }
        List<Finding> figureErrors;
        try {
            figureErrors = rules(kind).evaluate(data, variant.name(), history).report().errors();
        } catch (RuntimeException e) {
            // data the schema refuses may be beyond what the figures can be worked from; the schema's words say enough
            figureErrors = List.of();
        }
        throw DataValidator.refusal(violations, figureErrors);
    }

    private static Failure refused(List<Finding> findings, String why) {
        return new Failure(Reason.INVALID_FIGURES, why + " (" + findings.size() + "):\n  " + findings.stream()
                .map(Finding::toString).collect(java.util.stream.Collectors.joining("\n  ")),
                findings.stream().map(Finding::toMap).toList());
    }

    /**
     * Renders the request as a PDF/A-2a record and archives it with its data and text, and with
     * an OFD-A copy of the same pages where the options ask for one. The record commits only
     * after the files are safely stored.
     */
    @Override
    public Published publish(RenderRequest request, ArchiveStore archive) {
        RenderOptions options = request.options().forArchive();
        History history = request.history().isEmpty() ? ArchiveHistory.find(archive, request.kind(), request.data())
                : request.history();
        List<RenderedDocument> rendered = render(new RenderRequest(request.kind(), request.variant(), request.format(),
                request.data(), options, history), options.ofdCopy() ? List.of(request.format(), Format.OFD) : List.of(request.format()));
        return Published.store(rendered.get(0), rendered.size() > 1 ? rendered.get(1) : null, request.data(), archive);
    }

    /**
     * Renders every kind's example in every variant and format, round after round, until
     * {@code budget} is spent (at least one round, so that every renderer is built): the JIT
     * compiles the hot paths before a service says it is ready, and start-up stays bounded.
     */
    @Override
    public void warmUp(java.time.Duration budget) {
        long end = System.nanoTime() + budget.toNanos();
        press.fonts.Words.warmUp();
        do {
            warmUpRound();
        } while (System.nanoTime() < end);
    }

    private void warmUpRound() {
        for (Kind kind : catalogue.kinds()) {
            for (String variant : kind.variantNames()) {
                JsonNode example = example(kind, variant);
                for (Format format : Format.values()) {
                    if (example != null) {
                        render(new RenderRequest(kind.name(), variant, format, example));
                    } else {
                        renderer(kind, kind.variant(variant).orElseThrow(), format, RenderOptions.NONE);
                    }
                }
            }
        }
    }

    private static JsonNode example(Kind kind, String variant) {
        java.nio.file.Path file = kind.exampleFile(variant);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JsonInput.object(java.nio.file.Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The document model the data makes with this kind and variant, before any rendering. */
    public Document document(Kind kind, Variant variant, JsonNode data) {
        Checked checked = figures(kind, variant, data, History.NONE);
        return document(kind, variant, checked.data(), checked.figures());
    }

    /** The document's pages as the PDF of this kind and variant prints them. */
    public PagedDocument pages(Kind kind, Variant variant, JsonNode data) {
        PdfRenderer pdf = (PdfRenderer) renderer(kind, variant, Format.PDF, RenderOptions.NONE);
        return pdf.pages(document(kind, variant, data));
    }

    private Document document(Kind kind, Variant variant, JsonNode data, Figures figures) {
        return reader.read(templates.markup(kind, variant, data, figures, rules(kind)));
    }

    private FigureRules rules(Kind kind) {
        return rules.get(kind.name());
    }

    private Renderer renderer(Kind kind, Variant variant, Format format, RenderOptions options) {
        boolean embedded = format == Format.DOCX && options.embedFonts();
        boolean archival = options.archival();
        String key = kind.name() + "/" + variant.name() + "/" + format + (embedded ? "+fonts" : "") + (archival ? "+pdfa" : "");
        return renderers.computeIfAbsent(key, k -> {
            var style = styles.load(kind.styleFile(variant));
            return switch (format) {
                case PDF -> new PdfRenderer(style, fonts, archival);
                case DOCX -> new DocxRenderer(style, fonts, embedded);
                case OFD -> new OfdRenderer(style, fonts, archival, kind.name(), variant.name());
            };
        });
    }

    /**
     * An uncovered character traced back to the JSON paths of the data that hold it; where no
     * data holds it, it came from the template itself.
     */
    private static Failure traced(Failure uncovered, JsonNode data) {
        Map<String, Object> detail = new LinkedHashMap<>(uncovered.details().get(0));
        String character = (String) detail.get("character");
        List<String> paths = JsonPaths.containing(data, character);
        detail.put("paths", paths);
        String name = Character.getName(character.codePointAt(0));
        return new Failure(Reason.UNCOVERED_CHARACTER, detail.get("codePoint") + (name == null ? "" : " " + name) + " ('"
                + character + "') is not covered by any bundled font; it occurs "
                + (paths.isEmpty() ? "in the template, " + detail.get("where") : "at " + String.join(", ", paths)),
                List.of(detail), uncovered);
    }
}
