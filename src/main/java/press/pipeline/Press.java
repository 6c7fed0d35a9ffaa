package press.pipeline;

import press.archive.ArchiveStore;
import press.catalogue.TemplateCatalogue;
import press.failure.Failure;
import press.failure.Reason;
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

    /** The templates serving and how the last reload went; null for a press that never reloads. */
    default TemplatesState templates() {
        return null;
    }

    /**
     * Loads the templates folder again and serves it if every example renders in every variant.
     *
     * @throws Failure why the new templates were refused; the loaded ones keep serving
     */
    default TemplatesState reload() {
        throw new Failure(Reason.NOT_FOUND, "this press loads its templates once and does not reload");
    }

    /**
     * Checks a kind's new phrases file against the kind; if it passes, writes it and reloads.
     *
     * @throws Failure {@link Reason#TEMPLATE_ERROR} naming the phrase or blank at fault; nothing is written
     */
    default TemplatesState savePhrases(String kind, byte[] phrasesJson) {
        throw new Failure(Reason.NOT_FOUND, "this press loads its templates once and does not save phrases");
    }

    /**
     * The kind's document (default variant, as PDF) with {@code phrasesJson} for its wording, on
     * {@code data} or, where null, the kind's example; nothing is written.
     */
    default RenderedDocument previewPhrases(String kind, byte[] phrasesJson, tools.jackson.databind.JsonNode data) {
        throw new Failure(Reason.NOT_FOUND, "this press does not preview phrases");
    }
}
