package press.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import press.pipeline.BulletinPress;
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

    @Override
    public Integer call() {
        try {
            var request = selection.request();
            BulletinPress press = home.open();
            RenderedDocument document = press.render(request);
            Path target = output != null ? output : Path.of("bulletin." + document.format().extension());
            Path temporary = target.resolveSibling("." + target.getFileName() + ".part");
            Files.write(temporary, document.bytes());
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().printf("%s: %s %s/%s, %d bytes%n", target, document.format().extension(),
                    document.kind(), document.variant(), document.size());
            return 0;
        } catch (Exception e) {
            return Failures.report(e, spec.commandLine().getErr());
        }
    }
}
