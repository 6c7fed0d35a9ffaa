package press.render.layout;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import press.fonts.FontFace;
import press.fonts.FontRun;
import press.fonts.FontSource;

/**
 * Collects, while a document is laid out, the characters each font file draws: every run the
 * layout makes passes through here, so the subsets cut from the plan hold exactly what the
 * writers will print. Line breaks and other controls are never drawn and never planned.
 */
final class FontPlan {

    private final Map<FontSource, BitSet> characters = new LinkedHashMap<>();

    List<FontRun> add(List<FontRun> runs) {
        for (FontRun run : runs) {
            BitSet set = face(run.face());
            run.text().codePoints().filter(c -> !Character.isISOControl(c)).forEach(set::set);
        }
        return runs;
    }

    /** The face takes part even when it draws nothing: a writer may set an empty line in it. */
    BitSet face(FontFace face) {
        return characters.computeIfAbsent(face.source(), source -> new BitSet());
    }

    Map<FontSource, int[]> build() {
        Map<FontSource, int[]> plan = new LinkedHashMap<>();
        characters.forEach((source, set) -> plan.put(source, set.stream().toArray()));
        return plan;
    }
}
