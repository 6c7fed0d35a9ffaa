package press.model;

/** What a table column holds, so renderers can align numbers and set text. */
public enum ColumnKind {
    TEXT, NUMBER
}
