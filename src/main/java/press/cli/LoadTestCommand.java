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
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code loadtest}: drives {@code POST /render} from C clients for T seconds and prints
 * throughput, p50/p99 latency, responses by status, and the server's peak resident memory as
 * its {@code /health} reports it.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true, description = "Load a running service with renders.")
final class LoadTestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", defaultValue = "http://localhost:7070", description = "service (default ${DEFAULT-VALUE})")
    private String url;

    @Option(names = "--concurrency", defaultValue = "4", description = "clients at once (default ${DEFAULT-VALUE})")
    private int concurrency;

    @Option(names = "--seconds", defaultValue = "20", description = "how long (default ${DEFAULT-VALUE})")
    private int seconds;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf or docx (default ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--template", defaultValue = "gov-service-monthly", description = "template (default ${DEFAULT-VALUE})")
    private String template;

    @Option(names = "--data", defaultValue = "fixtures/aba-2020-05/data.json", description = "data file (default ${DEFAULT-VALUE})")
    private Path data;

    @Override
    public Integer call() throws Exception {
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
        PrintWriter out = spec.commandLine().getOut();
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
        out.printf("  server peak RSS: %s%n", peakRss(client));
        return errors == 0 ? 0 : 1;
    }

    private String peakRss(HttpClient client) {
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
