package press.render.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import press.fonts.FontFace;
import press.fonts.FontRun;
import press.fonts.FontSource;

/**
 * Collects, while a document is laid out, the characters each font file draws: every run the
 * layout makes passes through here, so the subsets cut from the plan hold exactly what the
 * writers will print. Line breaks and other controls are never drawn and never planned.
 */
final class FontPlan {

    private final Map<FontSource, TreeSet<Integer>> characters = new LinkedHashMap<>();

    List<FontRun> add(List<FontRun> runs) {
        for (FontRun run : runs) {
            TreeSet<Integer> set = face(run.face());
            run.text().codePoints().filter(c -> !Character.isISOControl(c)).forEach(set::add);
        }
        return runs;
    }

    /** The face takes part even when it draws nothing: a writer may set an empty line in it. */
    TreeSet<Integer> face(FontFace face) {
        return characters.computeIfAbsent(face.source(), source -> new TreeSet<>());
    }

    Map<FontSource, int[]> build() {
        Map<FontSource, int[]> plan = new LinkedHashMap<>();
        characters.forEach((source, set) -> plan.put(source, set.stream().mapToInt(Integer::intValue).toArray()));
        return plan;
    }
}
