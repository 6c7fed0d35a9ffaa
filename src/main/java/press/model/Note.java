package press.model;

/** The 附注 of a 公文 (§7.3.6), as "此件公开发布": printed in parentheses under the 成文日期. */
public record Note(String text) implements Block {

    public Note {
        text = Checks.text(text, "note");
    }
}
