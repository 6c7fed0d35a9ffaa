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
import press.template.BulletinTemplates;
import press.template.DataValidator;
import press.template.Phrases;
import press.template.StreamedMarkup;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline, built once per loaded templates folder and shared by all threads: data →
 * schema check → template → markup → document → renderer. The kinds are loaded and checked when
 * it is made ({@link KindSet}); renderers are made on first use of a kind, variant and format,
 * then kept.
 */
public final class BulletinPress implements Press {

    private final KindSet kinds;
    private final TemplateCatalogue catalogue;
    private final DataValidator validator = new DataValidator();
    private final BulletinTemplates templates;
    private final MarkupReader reader = new MarkupReader();
    private final FontLibrary fonts;
    private final Map<String, Renderer> renderers = new ConcurrentHashMap<>();
    private final DataChecks checks;

    /** @throws Failure {@link Reason#TEMPLATE_ERROR} naming the file, line, phrase or key at fault */
    private BulletinPress(TemplateCatalogue catalogue, FontLibrary fonts) {
        this.kinds = new KindSet(catalogue);
        this.catalogue = catalogue;
        this.templates = kinds.templates();
        this.checks = new DataChecks(validator, templates, this::rules, kinds::phrases);
        this.fonts = fonts;
    }

    public static BulletinPress open(Path templatesRoot, Path fontsRoot) {
        return open(templatesRoot, FontLibrary.load(fontsRoot));
    }

    /** A press on the templates as they are now, with fonts already loaded (a reload shares them). */
    public static BulletinPress open(Path templatesRoot, FontLibrary fonts) {
        return new BulletinPress(TemplateCatalogue.load(templatesRoot), fonts);
    }

    public FontLibrary fonts() {
        return fonts;
    }

    /**
     * Reads a kind's phrases from {@code bytes} and checks them as a load would.
     *
     * @throws Failure {@link Reason#TEMPLATE_ERROR} naming the phrase or blank at fault
     */
    public Phrases checkPhrases(String kindName, byte[] bytes) {
        return kinds.checkPhrases(kind(kindName), bytes);
    }

    /**
     * The kind's document in its default variant as a PDF, its wording from {@code phrasesJson}
     * instead of the saved phrases: what an office sees before it saves an edit. Nothing is written.
     *
     * @param data the month's data, or null for the kind's example
     */
    public RenderedDocument previewPhrases(String kindName, byte[] phrasesJson, JsonNode data) {
        Kind kind = kind(kindName);
        Phrases wording = checkPhrases(kindName, phrasesJson);
        Variant variant = variant(kind, null);
        JsonNode given = data != null ? data : example(kind, variant.name());
        if (given == null) {
            throw new Failure(Reason.NO_EXAMPLE, "template " + kind.name() + " has no example data to preview with");
        }
        CheckedData checked = checks.refusingErrors(kind, variant, given, History.NONE);
        Figures figures = checked.figures();
        Document document = document(kind, variant, checked.data(), figures, wording);
        byte[] bytes = renderer(kind, variant, Format.PDF, RenderOptions.NONE).render(document);
        return new RenderedDocument(bytes, Format.PDF, kind.name(), variant.name(), document, figures.report());
    }

    /** The kind's phrases as loaded (their hash is the version a published record names). */
    public Phrases phrases(String kindName) {
        return kinds.phrases(kind(kindName));
    }

    /**
     * Renders every kind's example in every variant as a PDF: what a reload asks of new templates
     * before they replace the ones serving.
     *
     * @throws Failure the first that fails, a {@link Reason#TEMPLATE_ERROR} where the templates are at fault
     */
    public void checkExamples() {
        for (Kind kind : catalogue.kinds()) {
            for (String variant : kind.variantNames()) {
                JsonNode example = example(kind, variant);
                if (example != null) {
                    render(new RenderRequest(kind.name(), variant, Format.PDF, example));
                }
            }
        }
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
        CheckedData checked = checks.refusingErrors(kind, variant, request.data(), request.history());
        Figures figures = checked.figures();
        if (request.options().strict() && !figures.report().warnings().isEmpty()) {
            throw DataChecks.refused(figures.report().warnings(), "strict: the proofreading's warnings refuse the render");
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
        CheckedData checked = checks.checked(kind, variant, given, history);
        JsonNode data = checked.data();
        Figures figures = checked.figures();
        List<Finding> findings = new java.util.ArrayList<>(figures.report().findings());
        if (figures.report().hasErrors()) {
            return new LintReport(LintFindings.merged(findings, checks.templateRefusals(kind, variant, data, figures)));
        }
        try {
            renderer(kind, variant, Format.PDF, RenderOptions.NONE).render(document(kind, variant, data, figures));
        } catch (Failure failure) {
            switch (failure.reason()) {
                case UNCOVERED_CHARACTER -> findings.add(LintFindings.uncovered(traced(failure, given)));
                case INVALID_FIGURES -> findings.addAll(LintFindings.of(failure));
                case TEMPLATE_ERROR -> findings.add(LintFindings.template(failure));
                default -> throw failure;
            }
        }
        return new LintReport(findings);
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
        // this press's phrases are the ones it rendered with: a reload swaps in another press, never other phrases
        String phrases = kinds.phrases(kind(request.kind())).sha256();
        return Published.store(rendered.get(0), rendered.size() > 1 ? rendered.get(1) : null, request.data(), archive,
                phrases.isEmpty() ? null : phrases);
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
        return document(kind, variant, data, History.NONE);
    }

    /** The document model the data makes with the earlier issues it is compared with. */
    public Document document(Kind kind, Variant variant, JsonNode data, History history) {
        CheckedData checked = checks.refusingErrors(kind, variant, data, history);
        return document(kind, variant, checked.data(), checked.figures());
    }

    /** The document's pages as the PDF of this kind and variant prints them. */
    public PagedDocument pages(Kind kind, Variant variant, JsonNode data) {
        PdfRenderer pdf = (PdfRenderer) renderer(kind, variant, Format.PDF, RenderOptions.NONE);
        return pdf.pages(document(kind, variant, data));
    }

    /** The markup the template writes, read; markup the reader refuses is said at the template line that wrote it. */
    private Document document(Kind kind, Variant variant, JsonNode data, Figures figures) {
        return document(kind, variant, data, figures, kinds.phrases(kind));
    }

    private Document document(Kind kind, Variant variant, JsonNode data, Figures figures, Phrases wording) {
        StreamedMarkup markup = templates.streamed(kind, variant, data, figures, rules(kind), wording);
        Document document;
        try {
            document = reader.read(markup.reader());
        } catch (RuntimeException refused) {
            // where the template failed, its failure is the one to tell (it throws it here)
            String whole = markup.whole();
            throw refused instanceof Failure failure
                    ? templates.markupFault(kind, variant, data, figures, rules(kind), wording, whole, failure) : refused;
        }
        // the reader may be done at the closing tag before the template is: it may still refuse
        markup.join();
        return document;
    }

    private FigureRules rules(Kind kind) {
        return kinds.rules(kind);
    }

    private Renderer renderer(Kind kind, Variant variant, Format format, RenderOptions options) {
        boolean embedded = format == Format.DOCX && options.embedFonts();
        boolean archival = options.archival();
        String key = kind.name() + "/" + variant.name() + "/" + format + (embedded ? "+fonts" : "") + (archival ? "+pdfa" : "");
        return renderers.computeIfAbsent(key, k -> {
            var style = kinds.style(kind, variant);
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
                List.of(detail), uncovered)
                .inChinese("字符“" + character + "”（" + detail.get("codePoint") + "）没有字体能印出，"
                        + (paths.isEmpty() ? "出现在模板中" : "出现在 " + String.join("、", paths)) + "，请换一个字或删去");
    }
}
