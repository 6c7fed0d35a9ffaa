package press.render.style;

/** The text roles a style sheet styles; each has its key in the style sheet's {@code roles}. */
public enum Role {
    MASTHEAD("masthead"),
    MASTHEAD_ISSUE("mastheadIssue"),
    MASTHEAD_LINE("mastheadLine"),
    TITLE("title"),
    SUBTITLE("subtitle"),
    HEADING1("heading1"),
    HEADING2("heading2"),
    HEADING3("heading3"),
    HEADING4("heading4"),
    BODY("body"),
    ATTACHMENTS("attachments"),
    APPENDIX_LABEL("appendixLabel"),
    APPENDIX_TITLE("appendixTitle"),
    TABLE_HEAD("tableHead"),
    TABLE_BODY("tableBody"),
    TABLE_TOTAL("tableTotal"),
    CLOSING("closing"),
    COPY_NUMBER("copyNumber"),
    NOTICE("notice"),
    DOCUMENT_NUMBER("documentNumber"),
    SIGNER("signer"),
    SIGNER_NAME("signerName"),
    ADDRESSEES("addressees"),
    SIGNATURE("signature"),
    NOTE("note"),
    TABLE_CAPTION("tableCaption"),
    TABLE_UNIT("tableUnit"),
    TABLE_NOTE("tableNote"),
    FIGURE_CAPTION("figureCaption");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Role heading(int level) {
        return values()[HEADING1.ordinal() + level - 1];
    }
}
