package press.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a PDF: the flavour it claims and the rules it breaks. */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    public record Verdict(String flavour, boolean compliant, List<String> failures) {
    }

    /** Against the flavour the file claims. */
    public static Verdict validate(byte[] pdf) {
        return validate(pdf, null);
    }

    /** Against the profile of {@code flavour} ("ua1", "2a"…), whatever the file claims. */
    public static Verdict validate(byte[] pdf, String flavourId) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf))) {
            PDFAFlavour flavour = flavourId == null ? parser.getFlavour() : PDFAFlavour.byFlavourId(flavourId);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().limit(40).toList();
            return new Verdict(flavour.getId(), result.isCompliant(), failures);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate: " + e.getMessage(), e);
        }
    }
}
