package press.pipeline;

import press.archive.ArchiveStore;
import press.catalogue.TemplateCatalogue;
import press.failure.Failure;
import press.figures.LintReport;

/**
 * What the edges ask of the pipeline: the catalogue of kinds, a render, a render for the
 * archive. {@link BulletinPress} is the real one; endpoint tests put a stub in its place, so
 * they test the edge and not the whole pipeline again.
 */
public interface Press {

    TemplateCatalogue catalogue();

    /** @throws Failure for an unknown kind or variant, invalid data, or a character no font draws */
    RenderedDocument render(RenderRequest request);

    /**
     * Renders the request as a PDF/A-2a record and archives it with its data and text; the
     * record commits only after the file is safely stored.
     */
    Published publish(RenderRequest request, ArchiveStore archive);

    /**
     * The proofreading report of the data for a kind: schema first (its violations fail as
     * usual), then every check of the kind's figures.json, errors and warnings alike.
     */
    LintReport lint(String kind, String variant, tools.jackson.databind.JsonNode data);

    /** The proofreading report, the month's figures also compared with its earlier issues (环比, 同比). */
    default LintReport lint(String kind, String variant, tools.jackson.databind.JsonNode data,
                            press.figures.History history) {
        return lint(kind, variant, data);
    }

    /** Makes the first request nearly as fast as the next, within {@code budget}: renderers built, JIT warm. */
    void warmUp(java.time.Duration budget);
}
