package press.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * One person's browser on the service: it keeps the session cookie a login sets and sends the
 * CSRF token the login gave with every change, as the staff page does.
 */
final class Visitor {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final String origin;
    private String cookie;
    private String csrf;

    Visitor(String origin) {
        this.origin = origin;
    }

    HttpResponse<byte[]> login(String user, String password) {
        HttpResponse<byte[]> answer = send("POST", "/session", "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (answer.statusCode() == 200) {
            cookie = answer.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            csrf = ServiceClient.json(answer).path("csrf").asString();
        }
        return answer;
    }

    /** The request with the cookie and the CSRF token, as the page sends it. */
    HttpResponse<byte[]> send(String method, String path, String json) {
        return send(method, path, json, csrf);
    }

    /** The request with the cookie, and this CSRF token (null: none). */
    HttpResponse<byte[]> send(String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (token != null) {
            request.header(ArchiveAccess.CSRF_HEADER, token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String path) {
        return send("GET", path, null);
    }

    /** Publishes a month through the page's path: a render into the archive. */
    HttpResponse<byte[]> publish(String title) {
        return send("POST", "/render?template=gov-service-monthly&format=pdf&archive=true",
                "{\"title\":\"" + title + "\",\"period\":\"2020-05\"}");
    }

    /** The same browser's session sent to another node of the service. */
    Visitor on(String otherOrigin) {
        Visitor other = new Visitor(otherOrigin);
        other.cookie = cookie;
        other.csrf = csrf;
        return other;
    }

    String csrf() {
        return csrf;
    }
}
