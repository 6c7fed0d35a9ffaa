package press.render.pdf;

import com.lowagie.text.Image;
import java.io.IOException;
import press.render.layout.EmBox;
import press.render.layout.SealMark;
import press.render.layout.SignatureBlock;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/** Sets the 署名 and the date in the flow, then presses the seal over them. */
final class PdfSignature {

    /** What a reader who cannot see the seal is told it is. */
    private static final String SEAL = "印章";

    private final PdfComposer composer;

    PdfSignature(PdfComposer composer) {
        this.composer = composer;
    }

    void add(SignatureBlock block) {
        composer.breaks().flow(block.office(), composer.tags().text(0), block.spaceBefore());
        float officeBaseline = composer.flowY();
        composer.breaks().flow(block.date(), composer.tags().text(0));
        float dateBaseline = composer.flowY();
        block.seal().ifPresent(seal -> press(seal, officeBaseline, dateBaseline));
    }

    /** The seal's centre: over the date's middle, {@code raise} above the middle of the two lines' em boxes. */
    private void press(SealMark seal, float officeBaseline, float dateBaseline) {
        StyleSheet style = composer.style();
        TextStyle text = style.role(Role.SIGNATURE);
        float lift = (EmBox.ASCENT - 0.5f) * text.size();
        float centreY = (officeBaseline + dateBaseline) / 2 + lift + seal.raise();
        try {
            Image image = Image.getInstance(seal.png());
            float height = seal.diameter() * image.getHeight() / image.getWidth();
            image.scaleAbsolute(seal.diameter(), height);
            image.setAbsolutePosition(composer.left() + seal.centreX() - seal.diameter() / 2, centreY - height / 2);
            PdfTags tags = composer.tags();
            tags.content(composer.canvas(), tags.figure(SEAL), () -> composer.addImage(image));
        } catch (IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot place the seal: " + e.getMessage(), e);
        }
    }
}
