package press.render.compose;

import java.util.ArrayList;
import java.util.List;

/** Where shaped text may break: Tibetan lines break after each syllable mark (་), shad (།) and space. */
public final class Clusters {

    private Clusters() {
    }

    /** The text cut after each break opportunity, each piece shaped and drawn whole. */
    public static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0F0B' || c == '\u0F0D' || c == ' ') {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            pieces.add(text.substring(start));
        }
        return pieces;
    }
}
