package press.catalogue;

import java.util.Objects;

/** One way of setting a bulletin kind: its name, what it is for, and its files in the kind's folder. */
public record Variant(String name, String description) {

    public Variant {
        Names.check(name, "variant");
        Objects.requireNonNull(description, "description");
    }

    public String templateFile() {
        return name + ".ftlx";
    }

    public String styleFile() {
        return name + ".style.json";
    }
}
