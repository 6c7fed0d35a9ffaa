package press.model;

import java.util.Optional;

/**
 * The 发文机关署名 and 成文日期 under the body of a 公文, with the 印章 (seal) pressed over them
 * when there is one (GB/T 9704-2012 §7.3.5).
 */
public record Signature(String office, String date, Optional<Seal> seal) implements Block {

    public Signature {
        office = Checks.text(office, "signature office");
        date = Checks.text(date, "signature date");
        seal = seal == null ? Optional.empty() : seal;
    }
}
