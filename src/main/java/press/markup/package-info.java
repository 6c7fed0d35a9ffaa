/**
 * The bulletin markup: the small XML vocabulary templates produce, and the strict reader that
 * turns it into the document model.
 *
 * <p>The reader refuses what it does not know (elements, attributes, DOCTYPEs, entities) with
 * the line and column, so a template mistake is found where it is made, not as a wrong page.
 */
package press.markup;
