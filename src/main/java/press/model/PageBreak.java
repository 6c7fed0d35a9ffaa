package press.model;

/** Forces the next block onto a new page. */
public record PageBreak() implements Block {
}
