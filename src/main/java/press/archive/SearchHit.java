package press.archive;

/** A record that matches a search, with the matching text in «…» and some context. */
public record SearchHit(ArchivedDocument document, String snippet) {
}
