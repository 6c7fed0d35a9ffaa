package press.http;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiConsumer;
import press.archive.ArchiveStore;
import press.pipeline.Press;

/** The service on a free port for one test, over a pipeline and an archive the test class keeps. */
final class TestService {

    private TestService() {
    }

    static ServiceSettings settings(Path data, long maxBody, int renders, int queued, Duration timeout) {
        return new ServiceSettings(0, data, maxBody, renders, queued, timeout);
    }

    static void serve(Press press, ArchiveStore archive, ServiceSettings settings, boolean ready,
                      BiConsumer<Javalin, ServiceClient> test) {
        Readiness readiness = new Readiness();
        if (ready) {
            readiness.ready();
        }
        Javalin app = HttpService.create(press, archive, settings, readiness);
        JavalinTest.test(app, (server, client) -> test.accept(server, new ServiceClient(client.getOrigin())));
    }
}
