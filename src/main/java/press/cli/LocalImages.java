package press.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import press.failure.Failure;
import press.failure.Reason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * On the command line an image ({@code "src"} of a figure, {@code "seal"} of a signature) may
 * name a PNG or JPEG file relative to the data file instead of carrying it as a data URI: the
 * file is read and put in as one, so the service's checks see what they always see. A path that
 * leads outside the data file's folder, or a file that is no PNG or JPEG, is refused with the
 * JSON path.
 */
final class LocalImages {

    private static final Set<String> IMAGE_FIELDS = Set.of("src", "seal");
    private static final long MAX_BYTES = 3 * 1024 * 1024;

    private LocalImages() {
    }

    /** The data with every image path replaced by the file's data URI. */
    static JsonNode inline(JsonNode data, Path folder) {
        JsonNode copy = data.deepCopy();
        List<Map<String, Object>> problems = new ArrayList<>();
        walk(copy, "$", folder.toAbsolutePath().normalize(), problems);
        if (!problems.isEmpty()) {
            throw new Failure(Reason.INVALID_DATA, "images the data name cannot be read (" + problems.size() + "): "
                    + problems.get(0).get("path") + ": " + problems.get(0).get("message"), problems);
        }
        return copy;
    }

    private static void walk(JsonNode node, String path, Path folder, List<Map<String, Object>> problems) {
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(name);
                String at = path + "." + name;
                if (IMAGE_FIELDS.contains(name) && value.isString() && !value.asString().startsWith("data:")) {
                    try {
                        object.put(name, dataUri(folder, value.asString()));
                    } catch (IllegalArgumentException e) {
                        problems.add(Map.of("path", at, "message", e.getMessage()));
                    }
                } else {
                    walk(value, at, folder, problems);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), path + "[" + i + "]", folder, problems);
            }
        }
    }

    private static String dataUri(Path folder, String name) {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder)) {
            throw new IllegalArgumentException("'" + name + "' lies outside the data file's folder");
        }
        try {
            if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(folder.toRealPath())) {
                throw new IllegalArgumentException("no image file '" + name + "' beside the data file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IllegalArgumentException("'" + name + "' is larger than " + MAX_BYTES / 1024 / 1024 + " MB");
            }
            byte[] bytes = Files.readAllBytes(file.toRealPath(LinkOption.NOFOLLOW_LINKS));
            String type = bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "png"
                    : bytes.length > 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8 ? "jpeg" : null;
            if (type == null) {
                throw new IllegalArgumentException("'" + name + "' is neither a PNG nor a JPEG file");
            }
            return "data:image/" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read '" + name + "': " + e.getMessage());
        }
    }
}
