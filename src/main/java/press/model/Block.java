package press.model;

/** One part of a bulletin in reading order: the page-level building blocks. */
public sealed interface Block
        permits Masthead, OfficialHead, Title, Addressees, Attendance, Heading, Paragraph, ItemList, Table, AttachmentNote, Signature,
        Note, Figure, Chart, Appendix, Closing, PageBreak {
}
