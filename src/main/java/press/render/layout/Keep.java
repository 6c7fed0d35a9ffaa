package press.render.layout;

/**
 * How whole a span of text stays when its paragraph is broken into lines. Body text breaks
 * between any two characters that 避头尾 allows; a name should not.
 */
public enum Keep {
    /** Breaks wherever 避头尾 allows, as body text does. */
    ANYWHERE,
    /** Breaks between words where it can ("成都市|中级|人民法院"), inside a word only as a last resort. */
    WORDS,
    /** Stays whole (an organ's name in a list of them); breaks, if it is wider than a line, between its words. */
    WHOLE
}
