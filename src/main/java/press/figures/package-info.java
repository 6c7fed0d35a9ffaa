/**
 * Figures an office can publish: the one place where numbers are derived, checked and
 * formatted. A kind declares in {@code templates/<kind>/figures.json} its derived counts (sums
 * and differences of the data's fields), how rates are rounded, and the proofreading checks
 * (totals, typed rates, parts within their whole, ranks, titles); {@link press.figures.Figures}
 * evaluates them into the derived values a template prints and a {@link
 * press.figures.LintReport} of findings. A derived count is never negative, a rate is never
 * shown as 100 % or 0 % unless it is, nor above 100 % unless the kind allows it, and no number is
 * printed from a float's {@code toString}. Given the month's earlier issues ({@link
 * press.figures.History}), the figures the kind names are compared with them ({@link
 * press.figures.ChangeWording}: 环比 and 同比, never a false 0 % or 持平) for the template and the
 * proofreading.
 */
package press.figures;
