package press.model;

/** One part of a bulletin in reading order: the page-level building blocks. */
public sealed interface Block
        permits Masthead, Title, Heading, Paragraph, ItemList, Table, AttachmentNote, Appendix, Closing, PageBreak {
}
