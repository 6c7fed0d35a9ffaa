package press.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import press.archive.ArchiveStore;
import press.archive.AuditEvent;
import press.pipeline.Press;
import press.pipeline.Published;
import press.pipeline.RenderRequest;
import press.pipeline.RenderedDocument;

/** {@code render DATA.json -o OUT}: one document to a file. */
final class RenderCommand extends Subcommand {

    RenderCommand() {
        super("render", "Render one bulletin to a file.", Selection.DATA);
    }

    @Override
    Options options() {
        return EarlierIssues.addTo(Home.addTo(Selection.addTo(new Options())))
                .addOption(Arguments.valued("o", "output", "FILE", "where to write (default: bulletin.<format>)"))
                .addOption(Arguments.flag("archive", "also archive the PDF (as PDF/A-2a) in the data directory"))
                .addOption(Arguments.flag("ofd-copy", "with --archive: archive an OFD-A copy beside the PDF/A"))
                .addOption(Arguments.valued(null, "data-dir", "DIR", "archive location (env BULLETIN_DATA_DIR, default ./data)"));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException {
        Selection selection = Selection.from(arguments);
        Path output = arguments.path("output", null);
        boolean archive = arguments.flag("archive");
        Path dataDirectory = arguments.path("data-dir", Path.of(Arguments.environment("BULLETIN_DATA_DIR", "data")));
        try {
            RenderRequest request = EarlierIssues.apply(arguments, selection.request(archive, arguments.flag("ofd-copy")));
            Press press = Home.from(arguments).open();
            RenderedDocument document;
            String archived = "";
            if (request.options().archival()) {
                try (ArchiveStore store = ArchiveStore.open(dataDirectory)) {
                    Published published = press.publish(request, store);
                    document = published.document();
                    store.audit().record(AuditEvent.now(UsersCommand.commandLine(), UsersCommand.COMMAND_LINE,
                            AuditEvent.PUBLISHED, Long.toString(published.record().id()), published.record().sha256(),
                            published.record().title() + " " + published.record().period()));
                    archived = ", archived as record " + published.record().id() + " (sha256 " + published.record().sha256()
                            + (published.record().hasOfd() ? ", OFD-A copy sha256 " + published.record().ofdSha256() : "")
                            + (published.record().phrasesSha256() == null ? ""
                            : ", phrases sha256 " + published.record().phrasesSha256()) + ")";
                }
            } else {
                document = press.render(request);
            }
            Path target = output != null ? output : Path.of("bulletin." + document.format().extension());
            Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
            Files.write(temporary, document.bytes());
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            out.printf("%s: %s %s/%s, %d bytes%s%n", target, document.format().extension(),
                    document.kind(), document.variant(), document.size(), archived);
            return 0;
        } catch (Exception e) {
            return Failures.report(e, err);
        }
    }
}
