package press.model;

import java.util.Optional;

/**
 * One name under a 公文: an issuing organ's 署名 with its seal (印章), or, where the signature
 * names the signer's post, the signer's name with the 签名章 (GB/T 9704-2012 §7.3.5.4).
 */
public record Signatory(String name, Optional<Seal> seal) {

    public Signatory {
        name = Checks.text(name, "signatory name");
        seal = seal == null ? Optional.empty() : seal;
    }
}
