package press.render.pdf;

import press.render.layout.LaidOutChart;
import press.render.layout.LaidOutFigure;
import press.render.style.Role;

/** Places what a reader sees rather than reads in the flow: pictures and charts, each one tagged figure. */
final class PdfFigures {

    private final PdfComposer composer;
    private final PdfChart charts;

    PdfFigures(PdfComposer composer, PdfChart charts) {
        this.composer = composer;
        this.charts = charts;
    }

    /**
     * A picture centred in the flow, on the next page when it and its caption do not fit this
     * one, half a body leading below what precedes it.
     */
    void figure(LaidOutFigure figure) {
        composer.keepRoom(figure.keepRoom());
        try {
            com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(figure.data());
            image.scaleAbsolute(figure.width(), figure.height());
            float gap = composer.style().role(Role.BODY).leading() / 2;
            image.setAbsolutePosition(composer.left() + (composer.textWidth() - figure.width()) / 2,
                    composer.flowY() - figure.height() - gap);
            PdfTags tags = composer.tags();
            tags.content(composer.canvas(), tags.figure(figure.alternative()), () -> composer.addImage(image));
            composer.advance(figure.height() + gap);
        } catch (java.io.IOException | com.lowagie.text.DocumentException e) {
            throw new IllegalStateException("cannot place a figure: " + e.getMessage(), e);
        }
    }

    /**
     * A chart in the flow, whole on the next page when it does not fit this one, a quarter of a
     * body leading below the text above (what follows brings its own space): one figure to a
     * reader, its words its alternative text.
     */
    void chart(LaidOutChart chart) {
        float gap = composer.style().role(Role.BODY).leading() / 4;
        composer.keepRoom(chart.height() + gap);
        float top = composer.flowY() - gap;
        PdfTags tags = composer.tags();
        tags.content(composer.canvas(), tags.figure(chart.alternative()),
                () -> charts.draw(composer.canvas(), chart, composer.left(), top));
        composer.advance(chart.height() + gap);
    }
}
