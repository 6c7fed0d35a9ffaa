package press.model;

/** How a chart draws its figures: upright bars, bars across, a line over the categories, or slices of a whole. */
public enum ChartKind {
    COLUMN, BAR, LINE, PIE
}
