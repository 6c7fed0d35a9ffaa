package press.model;

import java.util.List;
import java.util.Optional;

/**
 * The 发文机关署名 and 成文日期 under the body of a 公文 (GB/T 9704-2012 §7.3.5): one organ, or the
 * organs of a joint document in their order, each with its 印章 when sealed. With a
 * {@code position} (签发人职务, as a 命令 is signed) the one signatory is the signer, and the
 * seal is the signer's 签名章.
 */
public record Signature(List<Signatory> signatories, String date, String position) implements Block {

    public Signature {
        signatories = Checks.nonEmptyCopy(signatories, "signatories");
        date = Checks.text(date, "signature date");
        position = Checks.optionalText(position);
        if (!position.isEmpty() && signatories.size() != 1) {
            throw new IllegalArgumentException("a signature with the signer's post names one signer");
        }
        long sealed = signatories.stream().filter(signatory -> signatory.seal().isPresent()).count();
        if (sealed != 0 && sealed != signatories.size()) {
            throw new IllegalArgumentException("a joint signature is sealed by every organ or by none");
        }
    }

    /** One organ's signature, sealed or not. */
    public Signature(String office, String date, Optional<Seal> seal) {
        this(List.of(new Signatory(office, seal)), date, "");
    }

    /** Whether every organ presses its seal; a joint document is sealed by all or by none. */
    public boolean sealed() {
        return signatories.stream().allMatch(signatory -> signatory.seal().isPresent());
    }

    /** Whether the signer's post and name sign it, not an organ. */
    public boolean bySigner() {
        return !position.isEmpty();
    }
}
