package press.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import press.archive.ArchiveStore;
import press.catalogue.TemplateCatalogue;
import press.failure.Failure;
import press.failure.Reason;
import press.figures.LintReport;
import press.fonts.FontLibrary;
import press.template.Phrases;
import tools.jackson.databind.JsonNode;

/**
 * The press a service runs: a {@link BulletinPress} for the templates folder as last loaded,
 * replaced by a new one when the folder changes (watched by polling) or a reload is asked for
 * — but only once the new one has loaded every kind and rendered every example in every
 * variant. Until then, and when that fails, the loaded press keeps serving; requests in flight
 * finish on the press they started with. Each press is immutable and shared by all threads.
 */
public final class ReloadingPress implements Press {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadingPress.class);

    private final Path templatesRoot;
    private final FontLibrary fonts;
    private final AtomicReference<BulletinPress> current;
    private volatile TemplatesState state;
    private volatile String loadedFingerprint;

    private ReloadingPress(Path templatesRoot, FontLibrary fonts) {
        this.templatesRoot = templatesRoot;
        this.fonts = fonts;
        this.loadedFingerprint = fingerprint(templatesRoot);
        this.current = new AtomicReference<>(BulletinPress.open(templatesRoot, fonts));
        this.state = TemplatesState.loaded(Instant.now());
    }

    public static ReloadingPress open(Path templatesRoot, Path fontsRoot) {
        return new ReloadingPress(templatesRoot, FontLibrary.load(fontsRoot));
    }

    /** The press serving now. */
    public BulletinPress press() {
        return current.get();
    }

    @Override
    public TemplatesState templates() {
        return state;
    }

    /**
     * Loads the templates folder as it is now, checks it on every example in every variant and,
     * if it passes, serves it from the next request on.
     *
     * @throws Failure why the new templates were refused ({@link Reason#TEMPLATE_ERROR} where a
     *     template, phrase or style sheet is at fault); the loaded ones keep serving
     */
    @Override
    public synchronized TemplatesState reload() {
        String fingerprint = fingerprint(templatesRoot);
        Instant now = Instant.now();
        try {
            BulletinPress candidate = BulletinPress.open(templatesRoot, fonts);
            candidate.checkExamples();
            current.set(candidate);
            loadedFingerprint = fingerprint;
            state = TemplatesState.loaded(now);
            LOG.info("templates reloaded from {}", templatesRoot);
            return state;
        } catch (RuntimeException e) {
            Failure failure = e instanceof Failure known ? known
                    : new Failure(Reason.TEMPLATE_ERROR, "模板无法载入 (templates cannot be loaded): " + e.getMessage(), List.of(), e);
            // the folder as it is was tried: the watch waits for the next change, not for this one again
            loadedFingerprint = fingerprint;
            state = new TemplatesState(state.loadedAt(), "refused", now, failure.getMessage(), failure.details());
            LOG.warn("templates in {} refused, the ones loaded at {} keep serving: {}", templatesRoot, state.loadedAt(),
                    failure.getMessage());
            throw failure;
        }
    }

    /**
     * Polls the folder every {@code period} on a daemon thread and reloads once a change has
     * stayed the same for one more period (an editor's save, or a copy of several files, is
     * then complete).
     */
    public void watch(Duration period) {
        Thread.ofPlatform().name("templates-watch").daemon().start(() -> {
            String seen = loadedFingerprint;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(period);
                    String now = fingerprint(templatesRoot);
                    if (!now.equals(loadedFingerprint) && now.equals(seen)) {
                        try {
                            reload();
                        } catch (RuntimeException refused) {
                            // said in the log and in /health; the loaded templates keep serving
                        }
                    }
                    seen = now;
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.warn("cannot watch the templates in {}: {}", templatesRoot, e.getMessage());
                }
            }
        });
    }

    /** Every file's path, size and modification time under the folder. */
    static String fingerprint(Path root) {
        StringBuilder print = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                print.append(root.relativize(file)).append(' ').append(Files.size(file)).append(' ')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
        } catch (IOException | UncheckedIOException e) {
            return "unreadable: " + e.getMessage();
        }
        return print.toString();
    }

    @Override
    public TemplateCatalogue catalogue() {
        return current.get().catalogue();
    }

    @Override
    public RenderedDocument render(RenderRequest request) {
        return current.get().render(request);
    }

    @Override
    public Published publish(RenderRequest request, ArchiveStore archive) {
        return current.get().publish(request, archive);
    }

    @Override
    public LintReport lint(String kind, String variant, JsonNode data) {
        return current.get().lint(kind, variant, data);
    }

    @Override
    public void warmUp(Duration budget) {
        current.get().warmUp(budget);
    }

    /**
     * Checks the phrases against the kind as it serves, then writes them (atomically) and
     * reloads; where the reload refuses them after all, the file as it was is put back.
     */
    @Override
    public synchronized TemplatesState savePhrases(String kind, byte[] phrasesJson) {
        BulletinPress serving = current.get();
        serving.checkPhrases(kind, phrasesJson);
        Path file = serving.catalogue().kind(kind).orElseThrow().phrasesFile();
        try {
            byte[] before = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            write(file, phrasesJson);
            try {
                return reload();
            } catch (RuntimeException refused) {
                if (before == null) {
                    Files.deleteIfExists(file);
                } else {
                    write(file, before);
                }
                loadedFingerprint = fingerprint(templatesRoot);
                throw refused;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".part");
        Files.write(temporary, bytes);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public RenderedDocument previewPhrases(String kind, byte[] phrasesJson, JsonNode data) {
        return current.get().previewPhrases(kind, phrasesJson, data);
    }

    /** The phrases of a kind as the serving press loaded them. */
    public Phrases phrases(String kind) {
        return current.get().phrases(kind);
    }
}
