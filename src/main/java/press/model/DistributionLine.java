package press.model;

import java.util.List;

/** One line of the distribution list: its label (报, 送, 发, 抄送…) and the recipients in order. */
public record DistributionLine(String label, List<String> recipients) {

    public DistributionLine {
        label = Checks.text(label, "distribution label");
        recipients = Checks.nonEmptyCopy(recipients, "recipients of " + label);
        recipients.forEach(recipient -> Checks.text(recipient, "recipient"));
    }
}
