package press.render;

import press.model.Document;

/**
 * Turns a document into the bytes of one format. Implementations are configured once (style
 * sheet, fonts) and are safe to call from many threads at once; all per-call state is local.
 */
public interface Renderer {

    /**
     * @throws press.failure.Failure ({@code UNCOVERED_CHARACTER}) when a character has no glyph in
     *     its role's fonts
     */
    byte[] render(Document document);
}
