package press.figures;

import java.util.List;
import java.util.Set;

/** A rule that holds for some variants only, as the 公文's required fields: it runs when one of them is rendered. */
record VariantCheck(Set<String> variants, Check check) implements Check {

    VariantCheck {
        variants = Set.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("'variants' must name at least one variant");
        }
    }

    @Override
    public List<Finding> run(Scope scope) {
        return scope.variant() != null && variants.contains(scope.variant()) ? check.run(scope) : List.of();
    }
}
