package press.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.cli.Options;
import press.archive.ArchiveStore;
import press.http.HttpService;
import press.http.Readiness;
import press.http.ServiceSettings;
import press.pipeline.JsonInput;
import tools.jackson.databind.JsonNode;

/**
 * {@code fuzz}: seeded random mutations of real data sent to the service on loopback, to find
 * what answers 5xx or hangs. Prints the cases by status and exits 1 if any answered 5xx or not
 * within 10 s. A benchmark-style command, not a test: it runs for minutes.
 */
final class FuzzCommand extends Subcommand {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    FuzzCommand() {
        // the data to mutate, each with the template named in its folder's fixture.json or kind
        // (default: the fixtures and every kind's example)
        super("fuzz", "Send mutated data to the service and count 5xx and hangs.", "[DATA.json...]");
    }

    @Override
    Options options() {
        return Home.addTo(new Options())
                .addOption(Arguments.valued(null, "cases", "N", "how many requests (default 10000)"))
                .addOption(Arguments.valued(null, "keep", "DIR", "write the body of every case answered 5xx or not at "
                        + "all to DIR/case-N-TEMPLATE.json, to replay it"))
                .addOption(Arguments.valued(null, "seed", "N", "random seed (default 1)"));
    }

    @Override
    int run(Arguments arguments, PrintWriter out, PrintWriter err) throws Exception {
        int cases = arguments.integer("cases", 10000);
        Path keep = arguments.path("keep", null);
        long seed = arguments.whole("seed", "1");
        List<Path> files = arguments.operands().stream().map(Path::of).toList();
        Home home = Home.from(arguments);
        List<FuzzSeed> seeds = FuzzSeed.load(files, home);
        Path data = Files.createTempDirectory("bulletin-fuzz");
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        long slowest = 0;
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Readiness readiness = new Readiness();
            readiness.ready();
            ServiceSettings settings = new ServiceSettings(0, data, ServiceSettings.DEFAULT_MAX_BODY, 2, 64,
                    Duration.ofSeconds(20), "", Duration.ofSeconds(5), false);
            Javalin app = HttpService.create(home.open(), archive, settings, readiness).start();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Random random = new Random(seed);
            FuzzMutator mutator = new FuzzMutator(random);
            try {
                for (int i = 0; i < cases; i++) {
                    FuzzSeed source = seeds.get(random.nextInt(seeds.size()));
                    byte[] body = mutator.mutate(source.data());
                    long start = System.nanoTime();
                    int status;
                    try {
                        status = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                                        + "/render?template=" + source.template())).timeout(ANSWER_WITHIN)
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (java.net.http.HttpTimeoutException e) {
                        status = -1;
                    }
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    slowest = Math.max(slowest, millis);
                    byStatus.merge(status, 1, Integer::sum);
                    if (status < 0 || status >= 500) {
                        if (keep != null) {
                            Files.createDirectories(keep);
                            Files.write(keep.resolve("case-" + i + "-" + source.template() + ".json"), body);
                        }
                        bad.add("case " + i + " (" + source.template() + "): " + (status < 0 ? "no answer" : status) + " "
                                + new String(body, java.nio.charset.StandardCharsets.UTF_8).substring(0, Math.min(300, body.length)));
                    }
                }
            } finally {
                app.stop();
            }
        }
        long fiveHundreds = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
        out.printf("fuzz: %d cases (seed %d) from %d seeds%n", cases, seed, seeds.size());
        out.printf("  answers by status: %s%n", byStatus);
        out.printf("  5xx: %d, hangs (no answer within %d s): %d, slowest answer %d ms%n", fiveHundreds,
                ANSWER_WITHIN.toSeconds(), byStatus.getOrDefault(-1, 0), slowest);
        bad.stream().limit(20).forEach(line -> out.println("  " + line));
        return bad.isEmpty() ? 0 : 1;
    }

    /** Data to mutate and the template they are rendered with. */
    record FuzzSeed(JsonNode data, String template) {

        static List<FuzzSeed> load(List<Path> files, Home home) throws java.io.IOException {
            List<FuzzSeed> seeds = new ArrayList<>();
            List<Path> candidates = new ArrayList<>(files);
            if (candidates.isEmpty()) {
                try (var fixtures = Files.list(Path.of("fixtures"))) {
                    fixtures.map(folder -> folder.resolve("data.json")).filter(Files::isRegularFile).forEach(candidates::add);
                } catch (java.nio.file.NoSuchFileException e) {
                    // no fixtures here: the examples will do
                }
                try (var kinds = Files.list(Path.of("templates"))) {
                    kinds.map(kind -> kind.resolve("example.json")).filter(Files::isRegularFile).forEach(candidates::add);
                }
            }
            for (Path file : candidates) {
                JsonNode data = JsonInput.object(Files.readAllBytes(file));
                Path about = file.resolveSibling("fixture.json");
                String template = Files.isRegularFile(about)
                        ? JsonInput.object(Files.readAllBytes(about)).path("template").asString()
                        : file.toAbsolutePath().getParent().getFileName().toString();
                seeds.add(new FuzzSeed(data, template));
            }
            return seeds;
        }
    }
}
