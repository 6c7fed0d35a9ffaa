package press.model;

/** A forced line break inside a paragraph or cell. */
public record LineBreak() implements Inline {
}
