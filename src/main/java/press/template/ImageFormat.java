package press.template;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.MessageSourceError;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.FormatValidator;
import com.networknt.schema.path.NodePath;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import press.failure.Failure;
import press.failure.Reason;
import press.images.Images;
import tools.jackson.databind.JsonNode;

/**
 * {@code "format": "image-data-uri"}: the schema's mark on a field that holds a picture (a seal,
 * a figure's source), the only fields whose data URIs are decoded; a data URI anywhere else is
 * text. The picture must be one the renderer can draw, or the error says why at its path.
 *
 * <p>Draft 2020-12 makes formats annotations unless asked otherwise; this one always asserts,
 * since marking a field as an image is asking for the check. Strings that are no image data URI
 * are left to the field's {@code pattern} and {@code type}, which say what is wrong with them.
 */
final class ImageFormat implements Format {

    static final String NAME = "image-data-uri";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void validate(ExecutionContext executionContext, SchemaContext schemaContext, JsonNode node,
            JsonNode rootNode, NodePath instanceLocation, boolean assertionsEnabled,
            Supplier<MessageSourceError.Builder> message, FormatValidator formatValidator) {
        if (!node.isString() || !Images.isImage(node.asString())) {
            return;
        }
        try {
            Images.check(node.asString());
        } catch (IllegalArgumentException e) {
            executionContext.addError(message.get().messageSupplier(e::getMessage).build());
        } catch (CancellationException e) {
            throw new Failure(Reason.RENDER_TIMEOUT, "the render was abandoned at its time limit", java.util.List.of(), e);
        }
    }
}
