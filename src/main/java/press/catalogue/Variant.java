package press.catalogue;

import java.util.Objects;

/**
 * One way of setting a bulletin kind: its name, the title a clerk knows it by, what it is for, and
 * its files in the kind's folder. Without a title of its own a variant is called by its name.
 */
public record Variant(String name, String title, String description) {

    public Variant {
        Names.check(name, "variant");
        title = title == null || title.isBlank() ? name : title;
        Objects.requireNonNull(description, "description");
    }

    /** A variant described by one sentence, as manifests wrote them before variants had titles. */
    public Variant(String name, String description) {
        this(name, null, description);
    }

    public String templateFile() {
        return name + ".ftlx";
    }

    public String styleFile() {
        return name + ".style.json";
    }
}
