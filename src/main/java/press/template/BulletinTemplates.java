package press.template;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import press.catalogue.Kind;
import press.catalogue.Variant;
import press.failure.Failure;
import press.failure.Reason;
import press.figures.FigureRules;
import press.figures.Figures;
import tools.jackson.databind.JsonNode;

/**
 * The application's one FreeMarker configuration: templates are loaded only from the
 * templates folder, {@code .ftlx} output is XML-escaped, no Java class can be reached
 * ({@code ?new} and {@code ?api} are off, the object wrapper knows only maps, lists and
 * scalars). Configured once; FreeMarker's configuration is then safe to share between threads.
 */
public final class BulletinTemplates {

    private final Configuration configuration;

    public BulletinTemplates(Path templatesRoot) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(templatesRoot.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use templates folder " + templatesRoot, e);
        }
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
        try {
            Template template = configuration.getTemplate(kind.templateName(variant));
            StringWriter out = new StringWriter(64 * 1024);
            @SuppressWarnings("unchecked")
            Map<String, Object> model = new LinkedHashMap<>((Map<String, Object>) JsonData.toJava(data));
            model.put("figures", figures.derived());
            model.put("comparison", figures.comparison());
            model.put("trend", figures.trend());
            RateRefusals refusals = new RateRefusals();
            model.put("rate", new RateFunction(rules.rates(), rules.rateStyle(), refusals));
            model.put("percent", new TypedRateFunction(rules.rates(), rules.rateStyle(), refusals));
            Environment environment = template.createProcessingEnvironment(model, out);
            if (rules.numbers().grouping()) {
                environment.setNumberFormat("@plain grouped");
            }
            environment.process();
            if (!refusals.isEmpty()) {
                throw refusals.failure(data, figures.derived());
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load template " + kind.templateName(variant), e);
        } catch (TemplateException e) {
            throw new Failure(Reason.TEMPLATE_FAILED, "template " + kind.templateName(variant) + " failed at line "
                    + e.getLineNumber() + ": " + e.getMessageWithoutStackTop(), List.of(), e);
        }
    }
}
