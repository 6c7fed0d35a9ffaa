package press.model;

/**
 * The 简报 masthead: the bulletin's name in red, the issue number under it, then the compiling
 * office on the left and the date on the right above a red rule.
 */
public record Masthead(String name, String issue, String office, String date) implements Block {

    public Masthead {
        name = Checks.text(name, "masthead name");
        issue = Checks.optionalText(issue);
        office = Checks.optionalText(office);
        date = Checks.optionalText(date);
    }
}
