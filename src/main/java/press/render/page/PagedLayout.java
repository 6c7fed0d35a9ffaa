package press.render.page;

import java.util.Objects;
import press.render.layout.LaidOutDocument;

/**
 * A laid-out document as the page stage keeps it — abridged where the sheet's page budget asks
 * (the digest's ranking) — with its pages: what a flow format writes so that its pages break where
 * these do.
 */
public record PagedLayout(LaidOutDocument document, PagedDocument pages) {

    public PagedLayout {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(pages, "pages");
    }
}
