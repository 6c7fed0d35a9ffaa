package press.model;

import java.util.List;

/**
 * One line of a 纪要's attendance (GB/T 9704-2012 §10.3): its {@code label} (出席, 请假 or 列席)
 * and the units and names after it.
 */
public record Attendance(String label, List<String> names) implements Block {

    public Attendance {
        label = Checks.text(label, "attendance label");
        names = Checks.nonEmptyCopy(names, "attendance names");
        names.forEach(name -> Checks.text(name, "attendance name"));
    }
}
