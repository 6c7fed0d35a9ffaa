package press.cli;

import java.io.PrintWriter;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import press.figures.Finding;
import press.figures.LintReport;
import press.pipeline.RenderRequest;

/**
 * {@code lint DATA.json}: the proofreading report of a month's data, one line per finding;
 * exit 0 when there are only warnings (or none), 2 when an error would refuse the render.
 */
final class LintCommand extends Subcommand {

    LintCommand() {
        super("lint", "Proofread a month's data without rendering.", Selection.DATA);
    }

    @Override
    Options options() {
        return EarlierIssues.addTo(Home.addTo(Selection.addTo(new Options())));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException {
        Selection selection = Selection.from(arguments);
        Home home = Home.from(arguments);
        try {
            RenderRequest request = EarlierIssues.apply(arguments, selection.request(false));
            LintReport report = home.open().lint(request.kind(), request.variant(), request.data(), request.history());
            for (Finding finding : report.findings()) {
                out.println(finding);
            }
            out.printf("%s: %d errors, %d warnings%n", selection.data, report.errors().size(), report.warnings().size());
            return report.hasErrors() ? Failures.BAD_INPUT : 0;
        } catch (Exception e) {
            return Failures.report(e, err);
        }
    }
}
