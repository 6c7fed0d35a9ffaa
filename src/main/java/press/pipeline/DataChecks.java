package press.pipeline;

import java.util.List;
import java.util.function.Function;
import press.catalogue.Kind;
import press.catalogue.Variant;
import press.failure.Failure;
import press.failure.Reason;
import press.figures.FigureRules;
import press.figures.Figures;
import press.figures.Finding;
import press.figures.History;
import press.parallel.Background;
import press.template.BulletinTemplates;
import press.template.Phrases;
import press.template.DataValidator;
import tools.jackson.databind.JsonNode;

/**
 * What the data go through before a document is made of them, the same for render and lint:
 * pasted text made paragraphs, the schema, the figures and their proofreading; and what refuses
 * them, all of it in one answer (the schema's violations with the figures' errors, the figures'
 * errors with the rates the template would refuse).
 */
final class DataChecks {

    private final DataValidator validator;
    private final BulletinTemplates templates;
    private final Function<Kind, Phrases> phrases;
    private final Function<Kind, FigureRules> rules;

    DataChecks(DataValidator validator, BulletinTemplates templates, Function<Kind, FigureRules> rules,
               Function<Kind, Phrases> phrases) {
        this.validator = validator;
        this.templates = templates;
        this.rules = rules;
        this.phrases = phrases;
    }

    private FigureRules rules(Kind kind) {
        return rules.apply(kind);
    }

    /** The data checked against the schema, then their figures derived and proofread; errors refuse the render. */
    CheckedData refusingErrors(Kind kind, Variant variant, JsonNode given, History history) {
        CheckedData checked = checked(kind, variant, given, history);
        Figures figures = checked.figures();
        if (figures.report().hasErrors()) {
            List<Finding> errors = new java.util.ArrayList<>(figures.report().errors());
            errors = LintFindings.merged(errors, templateRefusals(kind, variant, checked.data(), figures));
            throw refused(errors, "the proofreading refuses the data: figures that do not add up or fields the document cannot go out without");
        }
        return checked;
    }

    /**
     * The data's figures, once the data match the schema; where they do not, the refusal names
     * the proofreading's errors with the schema's violations, so that one answer lists them all.
     */
    CheckedData checked(Kind kind, Variant variant, JsonNode given, History history) {
        List<press.template.Violation> violations = new java.util.ArrayList<>();
        JsonNode data = validator.paragraphs(kind, given, violations);
        java.util.Set<String> refused = new java.util.HashSet<>(violations.stream().map(press.template.Violation::path).toList());
        // the figures are worked out whatever the schema says (its refusal names their errors too), so
        // the schema is checked on a spare core meanwhile
        Background<List<press.template.Violation>> schema = Background.start(() -> validator.violations(kind, data));
        Figures figures;
        RuntimeException unworkable = null;
        try {
            figures = rules(kind).evaluate(data, variant.name(), history);
        } catch (RuntimeException e) {
            figures = null;
            unworkable = e;
        }
        schema.join().stream().filter(violation -> !refused.contains(violation.path())).forEach(violations::add);
        if (violations.isEmpty()) {
            if (unworkable != null) {
                throw unworkable;
            }
            return new CheckedData(data, figures);
        }
        // data the schema refuses may be beyond what the figures can be worked from; the schema's words say enough
        List<Finding> figureErrors = List.of();
        if (figures != null) {
            // an error resting on a field the schema refuses follows from it: only the others are news
            java.util.Set<String> violated = new java.util.HashSet<>(violations.stream().map(press.template.Violation::path).toList());
            figureErrors = figures.report().errors().stream()
                    .filter(finding -> finding.paths().stream().noneMatch(violated::contains)).toList();
        }
        throw DataValidator.refusal(violations, figureErrors);
    }

    /**
     * What the template itself refuses (rates above 100 % the kind does not allow), asked where
     * the proofreading refuses the data already, so that one answer names every refusal.
     */
    List<Finding> templateRefusals(Kind kind, Variant variant, JsonNode data, Figures figures) {
        try {
            templates.markup(kind, variant, data, figures, rules(kind), phrases.apply(kind));
            return List.of();
        } catch (Failure failure) {
            return switch (failure.reason()) {
                case INVALID_FIGURES -> LintFindings.of(failure);
                case TEMPLATE_ERROR -> List.of(LintFindings.template(failure));
                default -> List.of();
            };
        } catch (RuntimeException e) {
            // data the proofreading refuses may break the template too; its errors already say what to fix
            return List.of();
        }
    }

    static Failure refused(List<Finding> findings, String why) {
        return new Failure(Reason.INVALID_FIGURES, why + " (" + findings.size() + "):\n  " + findings.stream()
                .map(Finding::toString).collect(java.util.stream.Collectors.joining("\n  ")),
                findings.stream().map(Finding::toMap).toList())
                .inChinese("数字核对有 " + findings.size() + " 处错误，未排版：" + findings.stream()
                        .map(finding -> String.join("、", finding.paths()) + "：" + finding.chinese())
                        .collect(java.util.stream.Collectors.joining("；")));
    }
}
