package press.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import press.archive.ArchiveStore;
import press.pipeline.Press;
import press.pipeline.Published;
import press.pipeline.RenderRequest;
import press.pipeline.RenderedDocument;

/** {@code render DATA.json -o OUT}: one document to a file. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Render one bulletin to a file.")
final class RenderCommand implements Callable<Integer> {

    @Mixin
    private Selection selection;

    @Mixin
    private Home home;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write (default: bulletin.<format>)")
    private Path output;

    @Option(names = "--archive", description = "also archive the PDF (as PDF/A-2a) in the data directory")
    private boolean archive;

    @Option(names = "--data-dir", defaultValue = "${env:BULLETIN_DATA_DIR:-data}",
            description = "archive location (env BULLETIN_DATA_DIR, default ./data)")
    private Path dataDirectory;

    @Override
    public Integer call() {
        try {
            RenderRequest request = selection.request(archive);
            Press press = home.open();
            RenderedDocument document;
            String archived = "";
            if (request.options().archival()) {
                try (ArchiveStore store = ArchiveStore.open(dataDirectory)) {
                    Published published = press.publish(request, store);
                    document = published.document();
                    archived = ", archived as record " + published.record().id() + " (sha256 " + published.record().sha256() + ")";
                }
            } else {
                document = press.render(request);
            }
            Path target = output != null ? output : Path.of("bulletin." + document.format().extension());
            Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
            Files.write(temporary, document.bytes());
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().printf("%s: %s %s/%s, %d bytes%s%n", target, document.format().extension(),
                    document.kind(), document.variant(), document.size(), archived);
            return 0;
        } catch (Exception e) {
            return Failures.report(e, spec.commandLine().getErr());
        }
    }
}
