package press.figures;

/** How much a finding weighs: an error refuses the render, a warning travels with the document. */
public enum Severity {
    ERROR, WARNING;

    static Severity named(String name) {
        return switch (name) {
            case "error" -> ERROR;
            case "warning" -> WARNING;
            default -> throw new IllegalArgumentException("severity is error or warning, not '" + name + "'");
        };
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
