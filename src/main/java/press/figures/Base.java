package press.figures;

/**
 * What a figure is compared with: the previous period (环比, "上月") or the same period a year
 * earlier (同比, "去年同期"). The words are the defaults; figures.json may rename them.
 */
public enum Base {
    PREVIOUS("previous", "环比", "上月"),
    YEAR_AGO("yearAgo", "同比", "去年同期");

    private final String key;
    private final String prefix;
    private final String name;

    Base(String key, String prefix, String name) {
        this.key = key;
        this.prefix = prefix;
        this.name = name;
    }

    /** How templates and figures.json name it: {@code previous}, {@code yearAgo}. */
    public String key() {
        return key;
    }

    /** The word a clause starts with: 环比, 同比. */
    public String prefix() {
        return prefix;
    }

    /** The period it names in a sentence: 上月, 去年同期. */
    public String period() {
        return name;
    }
}
