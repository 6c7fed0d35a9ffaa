package press.render.layout;

import java.util.List;

/**
 * The 发文机关署名 and 成文日期 of a 公文, {@code spaceBefore} points (whole lines) under the body:
 * its lines in rows, several to a row where a joint document's organs stand side by side, and
 * the seals pressed over them.
 */
public record SignatureBlock(float spaceBefore, List<SignatureLine> lines, List<SealMark> seals) implements Part {

    public SignatureBlock {
        lines = List.copyOf(lines);
        seals = List.copyOf(seals);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a signature has lines");
        }
    }

    /** How many rows the lines take, before any of them wraps. */
    public int rows() {
        return lines.stream().mapToInt(SignatureLine::row).max().orElse(0) + 1;
    }
}
