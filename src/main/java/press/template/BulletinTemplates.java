package press.template;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import press.catalogue.Kind;
import press.catalogue.Variant;
import press.failure.Failure;
import press.failure.Reason;
import press.failure.TemplateFault;
import press.figures.FigureRules;
import press.figures.Figures;
import tools.jackson.databind.JsonNode;

/**
 * The application's one FreeMarker configuration: templates are loaded only from the
 * templates folder, {@code .ftlx} output is XML-escaped, no Java class can be reached
 * ({@code ?new} and {@code ?api} are off, the object wrapper knows only maps, lists and
 * scalars). Configured once; FreeMarker's configuration is then safe to share between threads.
 *
 * <p>The templates are read once, when the configuration is made: a file changed on disk later
 * reaches the service only by a reload that checks it first, never half-way through a render.
 */
public final class BulletinTemplates {

    private final Configuration configuration;
    private final Map<String, String> sources;

    public BulletinTemplates(Path templatesRoot) {
        this.sources = Map.copyOf(read(templatesRoot));
        StringTemplateLoader loader = new StringTemplateLoader();
        sources.forEach((name, source) -> loader.putTemplate(name, source, 0));
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setCustomNumberFormats(Map.of("plain", PlainNumbers.INSTANCE));
        cfg.setNumberFormat("@plain");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        this.configuration = cfg;
    }

    /** Every template file under the folder (.ftl, .ftlx, .ftlh), by its name relative to the folder. */
    private static Map<String, String> read(Path root) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (name.matches(".*\\.ftl[xh]?")) {
                    files.put(name, Files.readString(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates from " + root, e);
        }
        return files;
    }

    /** The sources of a kind's templates (its folder's), by name relative to the templates folder. */
    public Map<String, String> sources(Kind kind) {
        Map<String, String> own = new LinkedHashMap<>();
        sources.forEach((name, source) -> {
            if (name.startsWith(kind.name() + "/")) {
                own.put(name, source);
            }
        });
        return own;
    }

    /** Parses each variant's template (and what it imports when it runs is parsed then): a syntax error is located. */
    public void check(Kind kind) {
        for (Variant variant : kind.variants().values()) {
            template(kind, variant);
        }
        sources(kind).keySet().forEach(name -> {
            try {
                configuration.getTemplate(name);
            } catch (ParseException e) {
                throw TemplateFaults.syntax(e, sources.get(e.getTemplateName()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load template " + name, e);
            }
        });
    }

    private Template template(Kind kind, Variant variant) {
        String name = kind.templateName(variant);
        try {
            return configuration.getTemplate(name);
        } catch (ParseException e) {
            throw TemplateFaults.syntax(e, sources.get(e.getTemplateName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + name, e);
        }
    }

    /**
     * Runs the variant's template over the data and returns the bulletin markup it writes. The
     * template sees the data's fields, {@code figures} (the kind's derived counts),
     * {@code comparison} (环比 and 同比 of the figures figures.json compares, empty without an
     * earlier issue), and
     * {@code rate(part, whole)} and {@code percent(value)} printing rates by the kind's rules.
     *
     * @throws Failure {@code INVALID_FIGURES} naming every rate above 100 % the kind does not allow
     */
    public String markup(Kind kind, Variant variant, JsonNode data, Figures figures, FigureRules rules) {
        return markup(kind, variant, data, figures, rules, Phrases.none(kind.name() + "/phrases.json"));
    }

    /** As above, with {@code phrase(name)} filling the kind's phrases. */
    public String markup(Kind kind, Variant variant, JsonNode data, Figures figures, FigureRules rules, Phrases phrases) {
        StringWriter out = new StringWriter(64 * 1024);
        run(kind, variant, data, figures, rules, phrases, out);
        return out.toString();
    }

    /** As {@link #markup}, the template run on a spare core while its markup is read. */
    public StreamedMarkup streamed(Kind kind, Variant variant, JsonNode data, Figures figures, FigureRules rules,
                                   Phrases phrases) {
        return new StreamedMarkup(out -> run(kind, variant, data, figures, rules, phrases, out));
    }

    /**
     * Markup the reader refused, said at the template line that wrote it: the template is run
     * again on the same data, noting where the refused character came from.
     */
    public Failure markupFault(Kind kind, Variant variant, JsonNode data, Figures figures, FigureRules rules,
                               Phrases phrases, String markup, Failure refused) {
        if (refused.reason() != Reason.BROKEN_MARKUP || refused.details().isEmpty()) {
            return refused;
        }
        int line = ((Number) refused.details().get(0).getOrDefault("line", 1)).intValue();
        int column = ((Number) refused.details().get(0).getOrDefault("column", 1)).intValue();
        int offset = 0;
        for (int at = 1; at < line; at++) {
            offset = markup.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return refused;
            }
        }
        // the reader stands just past what it refuses: the character before is the template's
        OutputOrigin origin = new OutputOrigin(Math.max(0, Math.min(markup.length() - 1, offset + column - 2)));
        run(kind, variant, data, figures, rules, phrases, origin);
        if (origin.origin() == null) {
            return refused;
        }
        String english = refused.getMessage().replaceFirst("^markup line \\d+, column \\d+: ", "");
        return TemplateFault.at(origin.origin().file(), origin.origin().line(), origin.origin().column(),
                MarkupReasons.chinese(english), english, Map.of("markupLine", line, "markupColumn", column), refused);
    }

    private void run(Kind kind, Variant variant, JsonNode data, Figures figures, FigureRules rules, Phrases phrases,
                     Writer out) {
        Template template = template(kind, variant);
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> model = new LinkedHashMap<>((Map<String, Object>) JsonData.toJava(data));
            model.put("figures", figures.derived());
            model.put("comparison", figures.comparison());
            model.put("trend", figures.trend());
            RateRefusals refusals = new RateRefusals();
            RateFunction rate = new RateFunction(rules.rates(), rules.rateStyle(), refusals);
            TypedRateFunction percent = new TypedRateFunction(rules.rates(), rules.rateStyle(), refusals);
            model.put("rate", rate);
            model.put("percent", percent);
            model.put("phrase", new PhraseFunction(phrases, data, figures.derived(), rate, percent));
            Environment environment = template.createProcessingEnvironment(model, out);
            if (rules.numbers().grouping()) {
                environment.setNumberFormat("@plain grouped");
            }
            environment.process();
            if (!refusals.isEmpty()) {
                throw refusals.failure(data, figures.derived());
            }
        } catch (ParseException e) {
            throw TemplateFaults.syntax(e, sources.get(e.getTemplateName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run template " + kind.templateName(variant), e);
        } catch (TemplateException e) {
            throw TemplateFaults.evaluation(e);
        }
    }
}
