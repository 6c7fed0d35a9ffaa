package press.render.style;

/**
 * The 发文机关署名 and 成文日期 (GB/T 9704-2012 §7.3.5): without a seal, {@code blankLines} under
 * the body, the 署名 {@code rightChars} characters in from the right and the date under it two
 * characters further right; with a seal, {@code sealedBlankLines} under the body, the date
 * {@code sealedRightChars} in from the right with the 署名 centred over it, and the seal
 * ({@code sealDiameter} points wide) centred on them, its centre {@code sealRaise} lines above
 * the middle of the two lines. A signer's 签名章 (§7.3.5.4) is {@code stampWidth} points wide.
 */
public record SignatureStyle(int blankLines, float rightChars, int sealedBlankLines, float sealedRightChars,
                             float sealDiameter, float sealRaise, float stampWidth) {

    public SignatureStyle {
        if (blankLines < 0 || sealedBlankLines < 0 || rightChars < 0 || sealedRightChars < 0 || sealDiameter <= 0
                || stampWidth <= 0) {
            throw new IllegalArgumentException("signature spacing must not be negative, the seal must have a size");
        }
    }
}
