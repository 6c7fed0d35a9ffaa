package press.render.page;

/** The kinds of structure element a document is read as. */
public enum StructureType {
    PARAGRAPH, HEADING, TABLE, TABLE_ROW, HEADER_CELL, DATA_CELL, FIGURE
}
