package press.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.cli.Options;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code loadtest}: drives {@code POST /render} from C clients for T seconds and prints
 * throughput, p50/p99 latency, responses by status, and the server's peak resident memory as
 * its {@code /health} reports it.
 */
final class LoadTestCommand extends Subcommand {

    LoadTestCommand() {
        super("loadtest", "Load a running service with renders.", "");
    }

    @Override
    Options options() {
        return new Options()
                .addOption(Arguments.valued(null, "url", "URL", "service (default http://localhost:7070)"))
                .addOption(Arguments.valued(null, "concurrency", "N", "clients at once (default 4)"))
                .addOption(Arguments.valued(null, "seconds", "N", "how long (default 20)"))
                .addOption(Arguments.valued(null, "format", "FORMAT", "pdf, docx or ofd (default pdf)"))
                .addOption(Arguments.valued(null, "template", "KIND", "template (default gov-service-monthly)"))
                .addOption(Arguments.valued(null, "data", "FILE", "data file (default fixtures/aba-2020-05/data.json)"));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception {
        String url = arguments.text("url", "http://localhost:7070");
        int concurrency = arguments.integer("concurrency", 4);
        int seconds = arguments.integer("seconds", 20);
        String format = arguments.text("format", "pdf");
        String template = arguments.text("template", "gov-service-monthly");
        Path data = arguments.path("data", Path.of("fixtures/aba-2020-05/data.json"));
        byte[] body = Files.readAllBytes(data);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI render = URI.create(url + "/render?template=" + template + "&format=" + format);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(render)
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
                        if (response.statusCode() == 200) {
                            latencies.add(System.nanoTime() - sent);
                        } else if (response.statusCode() == 503) {
                            Thread.sleep(200);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            }, "client-" + c);
            clients.add(thread);
            thread.start();
        }
        for (Thread thread : clients) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double[] millis = latencies.stream().mapToDouble(nanos -> nanos / 1e6).sorted().toArray();
        out.printf("loadtest %s %s: %d clients for %d s%n", render, format, concurrency, seconds);
        out.printf("  rendered: %d (%.1f per second)%n", millis.length, millis.length / elapsed);
        if (millis.length > 0) {
            out.printf("  latency: p50 %.0f ms, p99 %.0f ms, max %.0f ms%n", BenchCommand.percentile(millis, 50),
                    BenchCommand.percentile(millis, 99), millis[millis.length - 1]);
        }
        out.printf("  responses by status: %s; connection failures: %d%n", new TreeMap<>(statuses), failures.get());
        long errors = failures.get() + statuses.entrySet().stream().filter(e -> e.getKey() != 200 && e.getKey() != 503)
                .mapToLong(e -> e.getValue().get()).sum();
        out.printf("  errors other than 503: %d%n", errors);
        out.printf("  server peak RSS: %s%n", peakRss(client, url));
        return errors == 0 ? 0 : 1;
    }

    private static String peakRss(HttpClient client, String url) {
        try {
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode memory = JsonMapper.builder().build().readTree(health.body()).path("memory");
            return memory.has("rssPeakKiB") ? memory.get("rssPeakKiB").asLong() / 1024 + " MiB (now "
                    + memory.path("rssKiB").asLong() / 1024 + " MiB)" : "not reported";
        } catch (Exception e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }
}
