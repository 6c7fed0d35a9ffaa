package press.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import press.pipeline.JsonInput;
import tools.jackson.databind.node.ObjectNode;

/**
 * The example 通知 of official-document (云岭市, 2026-11) as a clerk drafts it for the procedure:
 * a 上行文 that leaves its 签发人 list empty for the sign-off, its 发文字号 only the issuer's 代字.
 */
public final class DraftNotice {

    private DraftNotice() {
    }

    public static ObjectNode data() {
        try {
            ObjectNode data = (ObjectNode) JsonInput.object(Files.readAllBytes(
                    Fixtures.root().resolve("templates/official-document/example.json")));
            data.put("documentNumber", "云府发");
            ((ObjectNode) data.get("gongwen")).putArray("signers");
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
