package press.model;

import java.util.List;

/** A table row: its cells left to right, leaving out positions covered by a row span from above. */
public record Row(List<Cell> cells) {

    public Row {
        cells = Checks.nonEmptyCopy(cells, "row cells");
    }
}
