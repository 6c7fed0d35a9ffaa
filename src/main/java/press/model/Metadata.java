package press.model;

/**
 * What a document says about itself, for PDF properties, file names and the archive: title,
 * region, the period it covers (e.g. {@code 2020-05}), the issuing office and the issue date
 * (ISO {@code yyyy-MM-dd}). Everything but the title may be empty.
 */
public record Metadata(String title, String region, String period, String issuer, String issued) {

    public Metadata {
        title = Checks.text(title, "document title");
        region = Checks.optionalText(region);
        period = Checks.optionalText(period);
        issuer = Checks.optionalText(issuer);
        issued = Checks.optionalText(issued);
        if (!issued.isEmpty()) {
            java.time.LocalDate.parse(issued);
        }
    }

    public static Metadata titled(String title) {
        return new Metadata(title, "", "", "", "");
    }
}
