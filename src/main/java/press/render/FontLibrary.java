package press.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled fonts, read once: the manifest's roles, each role's fallback chain, and the bytes
 * of every file (a file shared by several roles is read once).
 */
public final class FontLibrary {

    private final Map<String, FontFace> faces;
    private final List<String> fallback;
    private final Map<String, byte[]> files;

    private FontLibrary(Map<String, FontFace> faces, List<String> fallback, Map<String, byte[]> files) {
        this.faces = Map.copyOf(faces);
        this.fallback = List.copyOf(fallback);
        this.files = Map.copyOf(files);
    }

    /** Reads {@code manifest.json} in {@code directory} and every font file it names. */
    public static FontLibrary load(Path directory) {
        Path manifest = directory.resolve("manifest.json");
        try {
            JsonNode root = JsonMapper.builder().build().readTree(Files.readString(manifest));
            Map<String, FontFace> faces = new LinkedHashMap<>();
            Map<String, byte[]> files = new HashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.path("roles").properties()) {
                JsonNode node = entry.getValue();
                FontFace face = new FontFace(entry.getKey(), node.path("file").asString(), node.path("index").asInt(0),
                        node.path("official").asString(""));
                faces.put(face.role(), face);
                if (!files.containsKey(face.file())) {
                    files.put(face.file(), Files.readAllBytes(directory.resolve(face.file())));
                }
            }
            List<String> fallback = new ArrayList<>();
            root.path("fallback").values().forEach(role -> fallback.add(role.asString()));
            for (String role : fallback) {
                if (!faces.containsKey(role)) {
                    throw new IllegalStateException("fallback role '" + role + "' is not in " + manifest);
                }
            }
            if (faces.isEmpty()) {
                throw new IllegalStateException("no font roles in " + manifest);
            }
            return new FontLibrary(faces, fallback, files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fonts from " + directory, e);
        }
    }

    public FontFace face(String role) {
        FontFace face = faces.get(role);
        if (face == null) {
            throw new IllegalArgumentException("no font role '" + role + "' in the font manifest; known: "
                    + faces.keySet());
        }
        return face;
    }

    /** The role's face first, then the fallback roles, without repeats. */
    public List<FontFace> chain(String role) {
        LinkedHashSet<FontFace> chain = new LinkedHashSet<>();
        chain.add(face(role));
        fallback.forEach(name -> chain.add(faces.get(name)));
        return List.copyOf(chain);
    }

    public List<FontFace> faces() {
        return List.copyOf(faces.values());
    }

    /** The font file's bytes, shared and read-only by contract: callers must not modify them. */
    public byte[] bytes(FontFace face) {
        return files.get(face.file());
    }
}
