package press.model;

import java.util.List;

/** The 主送机关 of a 公文: the organs it is addressed to, printed flush left under the title. */
public record Addressees(List<String> names) implements Block {

    public Addressees {
        names = Checks.nonEmptyCopy(names, "addressees");
        names.forEach(name -> Checks.text(name, "addressee"));
    }
}
