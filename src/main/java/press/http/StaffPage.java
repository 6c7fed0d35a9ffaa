package press.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import press.failure.Failure;
import press.failure.Reason;

/**
 * The page office staff write the bulletin on, served at {@code /} by the same service: one HTML
 * page, its ES modules and its style sheet, all from the jar (no CDN, so it works offline). The page
 * only calls the service's own API with its limits. Its Content-Security-Policy allows scripts and
 * styles from this service alone, none inline, and frames only this service's own PDFs (the
 * preview is a blob of a render).
 */
final class StaffPage {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "frame-src 'self' blob:; object-src 'self' blob:; connect-src 'self'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'self'";

    /** The routes the page is served at: the page itself, and its modules and style sheet by name. */
    static final List<String> ROUTES = List.of("/", "/ui/{asset}");

    private record Asset(byte[] bytes, String type) {
    }

    /** The page's modules: app.js imports the others. */
    private static final List<String> SCRIPTS = List.of("app", "schema", "form", "controls", "carried", "mapping",
            "importer", "phrases", "accounts", "drafts");

    private final Map<String, Asset> assets = assets();

    private static Map<String, Asset> assets() {
        Map<String, Asset> assets = new HashMap<>();
        assets.put("/", new Asset(read("index.html"), "text/html; charset=utf-8"));
        assets.put("/ui/app.css", new Asset(read("app.css"), "text/css; charset=utf-8"));
        SCRIPTS.forEach(name -> assets.put("/ui/" + name + ".js", new Asset(read(name + ".js"),
                "text/javascript; charset=utf-8")));
        return Map.copyOf(assets);
    }

    void serve(Context ctx) {
        Asset asset = assets.get(ctx.path());
        if (asset == null) {
            throw new Failure(Reason.NOT_FOUND, "the staff page has no file " + ctx.path());
        }
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(asset.type());
        // as every response of the service: the length stated, so Javalin sends the bytes as they are
        ctx.header("Content-Length", Integer.toString(asset.bytes().length));
        ctx.result(asset.bytes());
    }

    private static byte[] read(String name) {
        try (InputStream in = StaffPage.class.getResourceAsStream("ui/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the page's " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
