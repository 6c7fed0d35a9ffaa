package press.render.layout;

/** What follows starts a new page of the same section. */
public record NewPage() implements Part {
}
