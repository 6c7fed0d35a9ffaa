package press.model;

import java.util.List;

/**
 * The closing block (版记) on the last page: the disclosure option (信息公开选项), the
 * distribution lines, and the printing office with the print date.
 */
public record Closing(String disclosure, List<DistributionLine> distribution, String office, String printDate)
        implements Block {

    public Closing {
        disclosure = Checks.optionalText(disclosure);
        distribution = Checks.copy(distribution, "distribution");
        office = Checks.text(office, "closing office");
        printDate = Checks.text(printDate, "print date");
    }
}
