package press.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import press.figures.Finding;
import press.figures.LintReport;
import press.pipeline.RenderRequest;

/**
 * {@code lint DATA.json}: the proofreading report of a month's data, one line per finding;
 * exit 0 when there are only warnings (or none), 2 when an error would refuse the render.
 */
@Command(name = "lint", mixinStandardHelpOptions = true, description = "Proofread a month's data without rendering.")
final class LintCommand implements Callable<Integer> {

    @Mixin
    private Selection selection;

    @Mixin
    private Home home;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try {
            RenderRequest request = selection.request(false);
            LintReport report = home.open().lint(request.kind(), request.variant(), request.data());
            PrintWriter out = spec.commandLine().getOut();
            for (Finding finding : report.findings()) {
                out.println(finding);
            }
            out.printf("%s: %d errors, %d warnings%n", selection.data, report.errors().size(), report.warnings().size());
            return report.hasErrors() ? Failures.BAD_INPUT : 0;
        } catch (Exception e) {
            return Failures.report(e, spec.commandLine().getErr());
        }
    }
}
