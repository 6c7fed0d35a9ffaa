package press.hostile;

import java.util.Set;

/** One hostile request: what it tries, its bytes, and the statuses an honest service may answer it with. */
record Hostile(String name, byte[] request, Set<Integer> allowed) {

    static Set<Integer> clientErrors() {
        return Set.of(400, 401, 403, 404, 405, 408, 413, 414, 415, 422, 431);
    }

    boolean expects(int status) {
        return allowed.contains(status);
    }
}
