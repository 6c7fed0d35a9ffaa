package press.render.compose;

import java.util.List;
import java.util.Objects;
import press.fonts.FontFace;

/**
 * One composed line: its runs left to right and its width, spacing included; {@code face} is
 * the face of the line's end, whose metrics an empty line takes; {@code justified} when it
 * was spread or squeezed to the full measure; {@code first} when it starts its paragraph.
 */
public record ComposedLine(List<SetRun> runs, float width, FontFace face, boolean justified, boolean first) {

    public ComposedLine {
        runs = List.copyOf(runs);
        Objects.requireNonNull(face, "face");
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
