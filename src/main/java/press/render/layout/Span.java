package press.render.layout;

/** A piece of a paragraph's printed text: runs of one role and weight, or a forced line break. */
public sealed interface Span permits TextSpan, BreakSpan {
}
