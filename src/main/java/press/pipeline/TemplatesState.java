package press.pipeline;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The templates a service renders with: when they were loaded, and how the last reload went —
 * {@code loaded} (the new templates serve), {@code refused} (they failed their check and the
 * ones loaded before keep serving; {@code problem} and {@code details} say why), or
 * {@code unchanged}.
 */
public record TemplatesState(Instant loadedAt, String lastReload, Instant lastReloadAt, String problem,
                             List<Map<String, Object>> details) {

    public TemplatesState {
        Objects.requireNonNull(loadedAt, "loadedAt");
        Objects.requireNonNull(lastReload, "lastReload");
        details = details.stream().map(Map::copyOf).toList();
    }

    static TemplatesState loaded(Instant at) {
        return new TemplatesState(at, "loaded", at, null, List.of());
    }

    public boolean refused() {
        return lastReload.equals("refused");
    }

    /** As {@code /health} shows it under {@code templates}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("loadedAt", loadedAt.toString());
        map.put("lastReload", lastReload);
        map.put("lastReloadAt", lastReloadAt.toString());
        if (problem != null) {
            map.put("problem", problem);
            map.put("details", details);
        }
        return map;
    }
}
