package press.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.Options;
import press.pipeline.BulletinPress;
import press.pipeline.ReloadingPress;

/**
 * Where templates and fonts live: the options if given, else {@code templates/} and
 * {@code fonts/} in the working directory, else next to the folder holding the jar (so
 * {@code java -jar target/bulletin-press.jar} works from anywhere in the checkout).
 */
final class Home {

    private final Path templates;
    private final Path fonts;

    private Home(Path templates, Path fonts) {
        this.templates = templates;
        this.fonts = fonts;
    }

    static Options addTo(Options options) {
        return options.addOption(Arguments.valued(null, "templates", "DIR", "templates folder (default: ./templates)"))
                .addOption(Arguments.valued(null, "fonts", "DIR", "fonts folder with manifest.json (default: ./fonts)"));
    }

    static Home from(Arguments arguments) {
        return new Home(arguments.path("templates", null), arguments.path("fonts", null));
    }

    BulletinPress open() {
        return BulletinPress.open(resolve(templates, "templates"), resolve(fonts, "fonts"));
    }

    /** For the service: a press that can load its templates again without a restart. */
    ReloadingPress openReloading() {
        return ReloadingPress.open(resolve(templates, "templates"), resolve(fonts, "fonts"));
    }

    private static Path resolve(Path given, String name) {
        if (given != null) {
            return given;
        }
        Path local = Path.of(name);
        if (Files.isDirectory(local)) {
            return local;
        }
        try {
            Path jar = Path.of(Home.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent() == null ? null : jar.getParent().resolveSibling(name);
            if (beside != null && Files.isDirectory(beside)) {
                return beside;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source to look beside; fall through to the working directory's answer
        }
        return local;
    }
}
