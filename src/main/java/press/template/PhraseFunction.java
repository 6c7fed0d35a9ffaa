package press.template;

import freemarker.core.Environment;
import freemarker.core.TemplateValueFormatException;
import freemarker.template.SimpleNumber;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code phrase("name")} for templates: the kind's phrase with its blanks filled — counts and
 * numbers as {@code ${…}} prints them (the template's number format), rates and percentages by
 * the kind's rate rule as {@code rate()} and {@code percent()} print them. An optional part
 * whose blank has no value is left out.
 */
final class PhraseFunction implements freemarker.template.TemplateMethodModelEx {

    /** A blank without a value: its optional part is left out. */
    private static final String NO_VALUE = null;

    private final Phrases phrases;
    private final JsonNode data;
    private final Map<String, BigDecimal> figures;
    private final RateFunction rate;
    private final TypedRateFunction percent;

    /** Rates and percentages printed, and refused above 100 %, by the same functions the template calls. */
    PhraseFunction(Phrases phrases, JsonNode data, Map<String, BigDecimal> figures, RateFunction rate,
                   TypedRateFunction percent) {
        this.phrases = phrases;
        this.data = data;
        this.figures = figures;
        this.rate = rate;
        this.percent = percent;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel name)) {
            throw new TemplateModelException("phrase(name) takes the phrase's name");
        }
        String phraseName = name.getAsString();
        Phrase phrase = phrases.phrase(phraseName).orElseThrow(() -> new PhraseException(phraseName, null,
                phrases.file() + " 中没有这一措辞", phrases.file() + " has no such phrase"));
        StringBuilder out = new StringBuilder();
        for (Phrase.Piece piece : phrase.pieces()) {
            switch (piece) {
                case Phrase.Literal literal -> out.append(literal.text());
                case Phrase.BlankRef ref -> {
                    String value = fill(phrase, ref.name());
                    if (value == NO_VALUE) {
                        throw new PhraseException(phrase.name(), ref.name(), "没有值；可放入方括号 […] 使其无值时略去",
                                "has no value here; put it in [ ] to leave the part out when it has none");
                    }
                    out.append(value);
                }
                case Phrase.Optional optional -> out.append(optional(phrase, optional));
            }
        }
        return out.toString();
    }

    private String optional(Phrase phrase, Phrase.Optional optional) throws TemplateModelException {
        StringBuilder part = new StringBuilder();
        for (Phrase.Piece piece : optional.pieces()) {
            if (piece instanceof Phrase.Literal literal) {
                part.append(literal.text());
            } else if (piece instanceof Phrase.BlankRef ref) {
                String value = fill(phrase, ref.name());
                if (value == NO_VALUE) {
                    return "";
                }
                part.append(value);
            }
        }
        return part.toString();
    }

    private String fill(Phrase phrase, String blankName) throws TemplateModelException {
        Blank blank = phrases.blanks().get(blankName);
        if (blank.kind() == BlankKind.RATE) {
            BigDecimal part = number(phrase, blank, blank.part());
            BigDecimal whole = number(phrase, blank, blank.whole());
            if (part == null || whole == null || whole.signum() == 0) {
                return NO_VALUE;
            }
            try {
                return rate.shown(part, whole);
            } catch (ArithmeticException | IllegalArgumentException e) {
                throw new PhraseException(phrase.name(), blank.name(), "比率须由两个非负整数求得", e.getMessage());
            }
        }
        if (blank.kind() == BlankKind.TEXT) {
            Object value = value(blank.from());
            if (value != null && !(value instanceof String)) {
                throw wrongKind(phrase, blank, value);
            }
            return (String) value;
        }
        BigDecimal number = number(phrase, blank, blank.from());
        if (number == null) {
            return NO_VALUE;
        }
        if (blank.kind() == BlankKind.PERCENT) {
            try {
                return percent.shown(number);
            } catch (IllegalArgumentException e) {
                throw new PhraseException(phrase.name(), blank.name(), "百分数不能为负", e.getMessage());
            }
        }
        if (blank.kind() == BlankKind.COUNT && (number.signum() < 0 || number.stripTrailingZeros().scale() > 0)) {
            throw new PhraseException(phrase.name(), blank.name(), "应为非负整数，实为 " + number.toPlainString(),
                    "a count must be a whole number not below zero, was " + number.toPlainString());
        }
        return format(number);
    }

    private BigDecimal number(Phrase phrase, Blank blank, String source) throws TemplateModelException {
        Object value = value(source);
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        throw wrongKind(phrase, blank, value);
    }

    private static PhraseException wrongKind(Phrase phrase, Blank blank, Object value) {
        return new PhraseException(phrase.name(), blank.name(), "应为" + blank.kind().chinese() + "，实为“" + value + "”",
                "expected a " + blank.kind().word() + ", got '" + value + "'");
    }

    /** A source's value: a BigDecimal, a String, or null where there is none. */
    private Object value(String source) throws TemplateModelException {
        if (source.startsWith("#")) {
            return figures.get(source.substring(1));
        }
        if (source.startsWith("$")) {
            JsonNode node = SchemaKinds.valueAt(data, source);
            return node.isNumber() ? node.decimalValue() : node.isString() ? node.asString() : null;
        }
        TemplateModel model = Environment.getCurrentEnvironment().getVariable(source.substring(1));
        if (model instanceof TemplateNumberModel number) {
            return new BigDecimal(number.getAsNumber().toString());
        }
        return model instanceof TemplateScalarModel scalar ? scalar.getAsString() : null;
    }

    /** As {@code ${number}} prints it here. */
    private static String format(BigDecimal number) throws TemplateModelException {
        try {
            return Environment.getCurrentEnvironment().getTemplateNumberFormat().formatToPlainText(new SimpleNumber(number));
        } catch (TemplateValueFormatException e) {
            throw new TemplateModelException("cannot format " + number.toPlainString(), e);
        }
    }

}
