package press.render.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import press.parallel.Background;
import press.render.compose.ComposedLine;
import press.render.compose.LineComposer;
import press.render.compose.Measure;
import press.render.layout.TextParagraph;

/**
 * The paragraphs and table cells a pass will compose, known before it flows them: a spare core
 * composes them from the last while the pass composes from the first, and whichever thread comes
 * to one first composes it, so neither waits on the other and the lines are the ones the pass
 * would have composed itself. The same paragraph at the same measure is composed once.
 */
final class ComposeAhead {

    /** One paragraph at one measure. */
    record Job(TextParagraph paragraph, float width) {
    }

    static final ComposeAhead NONE = new ComposeAhead();

    private final Map<Job, FutureTask<List<ComposedLine>>> tasks = new HashMap<>();
    private volatile boolean stopped;

    private ComposeAhead() {
    }

    /**
     * Starts composing {@code jobs} from the last. A measure serves one thread (it keeps what it
     * shaped), so the pass's thread composes with {@code own} and the spare core with {@code spare}.
     */
    static ComposeAhead start(List<Job> jobs, LineComposer composer, Measure own, Measure spare) {
        ComposeAhead ahead = new ComposeAhead();
        Thread pass = Thread.currentThread();
        for (Job job : jobs) {
            ahead.tasks.computeIfAbsent(job, key -> new FutureTask<>(() -> composer.compose(key.paragraph(), key.width(),
                    Thread.currentThread() == pass ? own : spare)));
        }
        List<FutureTask<List<ComposedLine>>> backwards = jobs.reversed().stream().map(ahead.tasks::get).toList();
        Background.start(() -> {
            for (FutureTask<List<ComposedLine>> task : backwards) {
                if (ahead.stopped) {
                    break;
                }
                task.run();
            }
            return null;
        });
        return ahead;
    }

    /** The paragraph's lines at {@code width} if it was planned, composed here unless the spare core has begun it; else null. */
    List<ComposedLine> take(TextParagraph paragraph, float width) {
        FutureTask<List<ComposedLine>> task = tasks.get(new Job(paragraph, width));
        if (task == null) {
            return null;
        }
        return Background.take(task);
    }

    /** Leaves what is not yet composed: the pass is over, or abandoned. */
    void stop() {
        stopped = true;
    }
}
