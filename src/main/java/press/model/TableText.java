package press.model;

import java.util.List;

/**
 * The lines offices print around a table: its caption above ("表1 …"), the unit at its top
 * right ("单位：件"), and notes under it ("注：…", "数据来源：…", footnotes), each optional.
 */
public record TableText(String caption, String unit, List<String> notes) {

    public static final TableText NONE = new TableText("", "", List.of());

    public TableText {
        caption = Checks.optionalText(caption);
        unit = Checks.optionalText(unit);
        notes = Checks.copy(notes, "table notes");
        notes.forEach(note -> Checks.text(note, "table note"));
    }

    public boolean isEmpty() {
        return caption.isEmpty() && unit.isEmpty() && notes.isEmpty();
    }
}
