package press.http;

import io.javalin.http.Context;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import press.failure.Failure;
import press.failure.Reason;

/**
 * Refuses what a page on another site can make a visitor's browser send. A rebinding page (its
 * own host name made to resolve to this machine) reaches the service under a Host the service
 * does not answer to: every request but the probes ({@code /health}, {@code /metrics}) must name
 * an IP address, {@code localhost} or a configured name. A page of another origin that sends a
 * change (a form, a script) says so in its Origin: a change must come from the service's own
 * origin, the one its Host names. Behind a reverse proxy the proxy passes the public Host on and
 * the public name is configured.
 */
final class HostGuard {

    private static final Set<String> PROBES = Set.of("/health", "/metrics");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Set<String> names;

    /** @param names the host names, besides IP addresses and {@code localhost}, the service answers to */
    HostGuard(Set<String> names) {
        TreeSet<String> all = new TreeSet<>();
        all.add("localhost");
        names.forEach(name -> all.add(name.toLowerCase(Locale.ROOT)));
        this.names = Set.copyOf(all);
    }

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host != null && !PROBES.contains(ctx.path()) && !answersTo(hostName(host))) {
            throw new Failure(Reason.FOREIGN_HOST, "this service does not answer to the host name '" + hostName(host)
                    + "'; start it with --server-name " + hostName(host) + " if that is its name",
                    List.of(Map.of("field", "Host", "valid", new TreeSet<>(names))));
        }
        String origin = ctx.header("Origin");
        if (origin != null && !SAFE_METHODS.contains(ctx.method().name()) && !sameOrigin(origin, host)) {
            throw new Failure(Reason.FOREIGN_ORIGIN, "a change to this service must come from its own pages, not from "
                    + origin, List.of(Map.of("field", "Origin", "origin", origin)));
        }
    }

    private boolean answersTo(String name) {
        return names.contains(name) || ipLiteral(name);
    }

    /** The name in a Host header, without its port; an IPv6 literal keeps its brackets off. */
    static String hostName(String host) {
        String value = host.strip().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? value : value.substring(1, end);
        }
        int colon = value.lastIndexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    /** A rebinding page cannot make its browser send an address: its Host is the page's own name. */
    private static boolean ipLiteral(String name) {
        return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || (name.contains(":") && name.matches("[0-9a-f:.]+"));
    }

    /** Whether the Origin's host and port are the ones the request was sent to ("null", from a sandbox or a file, is not). */
    private static boolean sameOrigin(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = new URI(origin.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false;
            }
            String authority = uri.getRawAuthority().toLowerCase(Locale.ROOT);
            String sent = host.strip().toLowerCase(Locale.ROOT);
            return authority.equals(sent) || authority.equals(withoutDefaultPort(sent, uri.getScheme()))
                    || sent.equals(withoutDefaultPort(authority, uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String withoutDefaultPort(String authority, String scheme) {
        String port = scheme.equalsIgnoreCase("https") ? ":443" : ":80";
        return authority.endsWith(port) ? authority.substring(0, authority.length() - port.length()) : authority;
    }
}
