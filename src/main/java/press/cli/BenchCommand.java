package press.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import press.archive.ArchiveStore;
import press.pipeline.BulletinPress;
import press.pipeline.RenderRequest;
import press.pipeline.RenderedDocument;

/**
 * {@code bench DATA.json}: renders the same data many times in one JVM after a warm-up and
 * prints per-document times (the whole pipeline: validation, template, markup, rendering),
 * throughput, output size and the peak heap.
 */
final class BenchCommand extends Subcommand {

    private int runs;
    private int warmup;
    private int heapEvery;

    BenchCommand() {
        super("bench", "Time repeated renders of one bulletin.", Selection.DATA);
    }

    @Override
    Options options() {
        return Home.addTo(Selection.addTo(new Options()))
                .addOption(Arguments.valued("n", null, "N", "timed renders (default: 100)"))
                .addOption(Arguments.valued(null, "warmup", "N", "untimed renders first (default: 150)"))
                .addOption(Arguments.valued(null, "scale", "K",
                        "time a bulletin K times longer: its news items or sections repeated K times (default: 1)"))
                .addOption(Arguments.valued(null, "table-rows", "N",
                        "generic-bulletin only: replace the tables by one of N rows (head included) and 30 columns"))
                .addOption(Arguments.flag("vary", "vary the data on every run (lists of items rotated, a sentence of "
                        + "changing characters added), so that nothing is measured on the same glyphs twice"))
                .addOption(Arguments.valued(null, "heap-every", "K",
                        "print the heap in use after a full GC every K timed renders, to see it stay flat over many"))
                .addOption(Arguments.flag("archive",
                        "also time archiving (PDF/A render and store, in a temporary archive) against plain renders"));
    }

    /** The milliseconds of each timed run, sorted: wall clock, and the rendering thread's CPU time. */
    private record Timings(double[] wall, double[] cpu) {
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws ParseException {
        Selection selection = Selection.from(arguments);
        Home home = Home.from(arguments);
        runs = arguments.integer("n", 100);
        warmup = arguments.integer("warmup", 150);
        heapEvery = arguments.integer("heap-every", 0);
        int scale = arguments.integer("scale", 1);
        int tableRows = arguments.integer("table-rows", 0);
        boolean vary = arguments.flag("vary");
        try {
            RenderRequest given = selection.request(false);
            tools.jackson.databind.JsonNode data = Workloads.scaled(given.data(), Math.max(1, scale));
            if (tableRows > 0) {
                try {
                    data = Workloads.longTable(data, tableRows);
                } catch (IllegalArgumentException e) {
                    err.println("error: " + e.getMessage());
                    return Failures.BAD_INPUT;
                }
            }
            RenderRequest request = new RenderRequest(given.kind(), given.variant(), given.format(), data, given.options());
            long startup = System.nanoTime();
            BulletinPress press = home.open();
            RenderedDocument first = press.render(request);
            double firstMs = (System.nanoTime() - startup) / 1e6;
            PrintWriter heapLog = out;
            tools.jackson.databind.JsonNode source = data;
            Timings timings = timed(run -> {
                int timedRun = run - warmup;
                if (heapEvery > 0 && timedRun > 0 && timedRun % heapEvery == 0) {
                    heapLog.printf("  after %d renders: heap in use after GC %.1f MB%n", timedRun, heapAfterGc() / 1e6);
                }
                RenderRequest next = vary ? new RenderRequest(request.kind(), request.variant(), request.format(),
                        Workloads.varied(source, run + 1), request.options()) : request;
                return () -> press.render(next);
            });
            double[] millis = timings.wall();
            double[] cpuMillis = timings.cpu();
            if (heapEvery > 0) {
                heapLog.printf("  after %d renders: heap in use after GC %.1f MB%n", runs, heapAfterGc() / 1e6);
            }
            double seconds = Arrays.stream(millis).sum() / 1e3;
            out.printf("bench %s/%s %s, %d runs after %d warm-up (JVM: %s, %d cores)%n", first.kind(),
                    first.variant(), first.format().extension(), runs, warmup, Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            if (scale > 1 || tableRows > 0) {
                out.printf("  workload: items and sections %d times over, a table of %d rows added%n", scale, tableRows);
            }
            if (vary) {
                out.printf("  workload: the data varied on every run (items rotated, a sentence of changing characters)%n");
            }
            out.printf("  cold start + first document: %.0f ms%n", firstMs);
            out.printf("  per document: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms%n",
                    percentile(millis, 50), percentile(millis, 90), millis[0], millis[millis.length - 1]);
            out.printf("  rendering thread's CPU per document: median %.1f ms, min %.1f ms (what other processes on"
                    + " the cores do not change; GC and JIT threads not included)%n", percentile(cpuMillis, 50), cpuMillis[0]);
            out.printf("  throughput: %.1f documents/s (one thread)%n", runs / seconds);
            out.printf("  output: %d bytes (%.0f KB)%n", first.size(), first.size() / 1024.0);
            out.printf("  peak heap: %.0f MB%n", peakHeap() / (1024.0 * 1024.0));
            if (arguments.flag("archive")) {
                benchArchive(press, request, millis[millis.length / 2], out);
            }
            return 0;
        } catch (Exception e) {
            return Failures.report(e, err);
        }
    }

    /** Publishes (PDF/A render, fsync'd file, committed record) as often as the plain runs and compares medians. */
    private void benchArchive(BulletinPress press, RenderRequest request, double plainMedian, PrintWriter out)
            throws java.io.IOException {
        java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("bulletin-bench-archive");
        try (ArchiveStore store = ArchiveStore.open(directory)) {
            double[] millis = timed(run -> () -> press.publish(request, store)).wall();
            double median = percentile(millis, 50);
            out.printf("  archived (PDF/A-2a + stored): median %.1f ms, p90 %.1f ms; archiving adds %.1f ms to the median%n",
                    median, percentile(millis, 90), median - plainMedian);
        } finally {
            try (var walk = java.nio.file.Files.walk(directory)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * Runs the work {@code prepare} makes for each run's number (from 0; the making is not timed)
     * {@code warmup} times untimed, then {@code runs} times with the heap's peak reset; the
     * milliseconds of each timed run, by the clock and on the rendering thread's CPU.
     */
    private Timings timed(java.util.function.IntFunction<Runnable> prepare) {
        for (int i = 0; i < warmup; i++) {
            prepare.apply(i).run();
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            Runnable work = prepare.apply(warmup + i);
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        return new Timings(millis, cpuMillis);
    }

    /** The value below which {@code percent} of the sorted values lie. */
    static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
