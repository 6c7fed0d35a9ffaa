package press.render.layout;

import java.util.Objects;
import java.util.Optional;

/**
 * The 发文机关署名 and 成文日期 of a 公文, {@code spaceBefore} points (whole lines) under the body,
 * each a paragraph with its own indent, and the seal over them where there is one.
 */
public record SignatureBlock(float spaceBefore, TextParagraph office, TextParagraph date, Optional<SealMark> seal)
        implements Part {

    public SignatureBlock {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(date, "date");
        seal = seal == null ? Optional.empty() : seal;
    }
}
