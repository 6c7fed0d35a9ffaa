package press.render.style;

/**
 * The rules an office may vary for where pages end: the least lines of a paragraph left at a
 * page's foot ({@code orphans}) and carried to the next page's top ({@code widows}), the least
 * body rows under a table's head at a page's foot ({@code rowsUnderHead}), and the most pages a
 * document of the variant may take ({@code budget}, 0 for no limit: a digest keeps to two).
 */
public record PageRules(int budget, int orphans, int widows, int rowsUnderHead) {

    /** Two lines either side of a break, two rows under a head, no budget. */
    public static final PageRules DEFAULT = new PageRules(0, 2, 2, 2);

    public PageRules {
        if (budget < 0 || orphans < 1 || widows < 1 || rowsUnderHead < 1) {
            throw new IllegalArgumentException("a page budget is not negative; orphans, widows and rows under a head are at least 1");
        }
    }
}
