package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.Sha256;
import press.testing.Fixtures;
import press.testing.PostgresDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two {@code serve} processes on one PostgreSQL archive, eight clients publishing the same period
 * through both for 30 s, one node killed with SIGKILL halfway: every publish that was acknowledged
 * (201) is listed and served with its SHA-256 by the node that survived, the period has one
 * current record, and the killed node, started again, serves the same archive.
 */
@Tag("slow")
class MultiNodeArchiveTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration RUN = Duration.ofSeconds(30);

    @TempDir
    Path scratch;

    @Test
    void acknowledgedPublishesSurviveTheLossOfANodeAndThePeriodKeepsOneCurrentRecord() throws Exception {
        try (PostgresDatabase database = new PostgresDatabase()) {
            initArchive(database);
            int[] ports = {freePort(), freePort()};
            Process[] nodes = {start(database, ports[0]), start(database, ports[1])};
            try {
                awaitReady(ports[0]);
                awaitReady(ports[1]);
                Map<Long, String> acknowledged = new ConcurrentHashMap<>();
                AtomicInteger refused = new AtomicInteger();
                byte[] body = Fixtures.data(Fixtures.REFERENCE).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                long end = System.nanoTime() + RUN.toNanos();
                ExecutorService clients = Executors.newFixedThreadPool(8);
                for (int c = 0; c < 8; c++) {
                    int client = c;
                    clients.submit(() -> {
                        for (int n = client; System.nanoTime() < end; n++) {
                            int port = ports[n % 2];
                            try {
                                HttpResponse<byte[]> response = CLIENT.send(HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/render?template=gov-service-monthly&archive=true"))
                                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                        HttpResponse.BodyHandlers.ofByteArray());
                                if (response.statusCode() == 201) {
                                    JsonNode record = JSON.readTree(response.body());
                                    acknowledged.put(record.path("id").asLong(), record.path("sha256").asString());
                                } else {
                                    refused.incrementAndGet();
                                }
                            } catch (IOException e) {
                                refused.incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
                Thread.sleep(RUN.toMillis() / 2);
                nodes[0].destroyForcibly();
                nodes[0].waitFor(10, TimeUnit.SECONDS);
                clients.shutdown();
                assertTrue(clients.awaitTermination(RUN.toSeconds() + 60, TimeUnit.SECONDS), "the clients did not finish");
                assertTrue(acknowledged.size() >= 10, "publishes acknowledged: " + acknowledged.size());

                for (Map.Entry<Long, String> publish : acknowledged.entrySet()) {
                    JsonNode record = JSON.readTree(get(ports[1], "/archive/" + publish.getKey()).body());
                    assertEquals(publish.getValue(), record.path("sha256").asString());
                    assertEquals(publish.getValue(), Sha256.hex(get(ports[1], "/archive/" + publish.getKey() + "/file")
                            .body()));
                }
                List<Long> current = ids(ports[1], "/archive?template=gov-service-monthly");
                assertEquals(1, current.size(), "one current record for the period: " + current);
                List<Long> all = ids(ports[1], "/archive?template=gov-service-monthly&all=true");
                assertTrue(all.containsAll(acknowledged.keySet()), all.size() + " records listed, "
                        + acknowledged.size() + " publishes acknowledged, " + refused + " refused or cut off");

                nodes[0] = start(database, ports[0]);
                awaitReady(ports[0]);
                assertEquals(all, ids(ports[0], "/archive?template=gov-service-monthly&all=true"),
                        "the restarted node serves the same archive");
            } finally {
                for (Process node : nodes) {
                    node.destroyForcibly();
                    node.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** {@code init-archive} as the owner, as an operator runs it before the nodes start; they connect as the service role. */
    private void initArchive(PostgresDatabase database) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "init-archive", "--archive-url", database.url(), "--service-role", PostgresDatabase.SERVICE_USER)
                .redirectErrorStream(true);
        builder.environment().put(ArchiveLocation.OWNER, PostgresDatabase.USER);
        builder.environment().put(ArchiveLocation.OWNER_PASSWORD, PostgresDatabase.PASSWORD);
        Process init = builder.start();
        String output = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(init.waitFor(120, TimeUnit.SECONDS), "init-archive did not end");
        assertEquals(0, init.exitValue(), output);
        assertTrue(output.contains(PostgresDatabase.SERVICE_USER + " may read and append"), output);
    }

    private Process start(PostgresDatabase database, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", Integer.toString(port), "--archive-url", database.url(),
                "--warm-up", "0", "--data-dir", scratch.resolve("node-" + port).toString())
                .redirectErrorStream(true).redirectOutput(scratch.resolve("node-" + port + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put(ArchiveLocation.USER, PostgresDatabase.SERVICE_USER);
        environment.put(ArchiveLocation.PASSWORD, PostgresDatabase.SERVICE_PASSWORD);
        return builder.start();
    }

    private static void awaitReady(int port) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < end) {
            try {
                if (get(port, "/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the node on port " + port + " did not become ready");
    }

    private static HttpResponse<byte[]> get(int port, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Every record the listing names, page after page. */
    private static List<Long> ids(int port, String path) throws IOException, InterruptedException {
        List<Long> ids = new ArrayList<>();
        for (int offset = 0; ; ) {
            JsonNode page = JSON.readTree(get(port, path + "&limit=200&offset=" + offset).body());
            page.path("records").forEach(record -> ids.add(record.path("id").asLong()));
            offset += page.path("limit").asInt();
            if (offset >= page.path("total").asLong()) {
                return ids;
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
