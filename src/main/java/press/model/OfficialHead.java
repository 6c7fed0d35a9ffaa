package press.model;

import java.util.List;

/**
 * The 版头 of a 公文 (GB/T 9704-2012 §7.2): 份号, 密级和保密期限 and 紧急程度 at the top left,
 * the 发文机关标志 (one organ, or several for a joint document, followed by {@code suffix}, as
 * "文件"), the 发文字号 and, for a document to a superior, its 签发人.
 */
public record OfficialHead(String copyNumber, String secrecy, String urgency, List<String> issuers, String suffix,
                           String documentNumber, List<String> signers) implements Block {

    public OfficialHead {
        copyNumber = Checks.optionalText(copyNumber);
        secrecy = Checks.optionalText(secrecy);
        urgency = Checks.optionalText(urgency);
        issuers = Checks.nonEmptyCopy(issuers, "issuers");
        issuers.forEach(issuer -> Checks.text(issuer, "issuer"));
        suffix = Checks.optionalText(suffix);
        documentNumber = Checks.optionalText(documentNumber);
        signers = Checks.copy(signers, "signers");
        signers.forEach(signer -> Checks.text(signer, "signer"));
    }

    /** The notices at the top left, in the standard's order, those present only. */
    public List<String> notices() {
        return java.util.stream.Stream.of(copyNumber, secrecy, urgency).filter(text -> !text.isEmpty()).toList();
    }
}
