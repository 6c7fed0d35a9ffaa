package press.model;

import java.util.List;

/**
 * The 附件说明 after the body: the names of the attachments as the body lists them, which may
 * differ from the titles the appendices carry.
 */
public record AttachmentNote(List<String> names) implements Block {

    public AttachmentNote {
        names = Checks.nonEmptyCopy(names, "attachment names");
        names.forEach(name -> Checks.text(name, "attachment name"));
    }
}
