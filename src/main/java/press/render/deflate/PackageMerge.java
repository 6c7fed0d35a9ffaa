package press.render.deflate;

import java.util.Arrays;

/**
 * The package-merge algorithm (Larmore and Hirschberg): the code lengths of an optimal prefix
 * code whose codes are no longer than a limit, as deflate wants (15 bits for its literals, 7 for
 * the code lengths' own code). Ties are broken by symbol, so the same frequencies always give
 * the same lengths. Kept in arrays rather than a tree of packages: a font's code is made on the
 * first document, before the JIT has compiled any of this.
 */
final class PackageMerge {

    /** In a level's list, an item that is a package of two items of the level below. */
    private static final int PACKAGE = -1;

    private PackageMerge() {
    }

    /**
     * For each symbol, its code length: 0 for a symbol of frequency 0, 1 for the only symbol
     * with a frequency (deflate writes at least one bit a symbol), otherwise at most
     * {@code maxBits}, with the lengths of the used symbols making a complete code.
     */
    static int[] lengths(long[] frequencies, int maxBits) {
        int[] symbols = byFrequency(frequencies);
        int n = symbols.length;
        int[] lengths = new int[frequencies.length];
        if (n == 1) {
            lengths[symbols[0]] = 1;
        }
        if (n < 2) {
            return lengths;
        }
        if (maxBits < 1 || maxBits > 30 || n > 1 << maxBits) {
            throw new IllegalArgumentException(n + " symbols cannot have codes of at most " + maxBits + " bits");
        }
        long[] leaves = new long[n];
        for (int i = 0; i < n; i++) {
            leaves[i] = frequencies[symbols[i]];
        }
        // level 0 holds the coins worth 2^-maxBits, the leaves alone; each level above, the leaves
        // merged with the packages of pairs of the level below; items[level][i] is a leaf's rank or PACKAGE
        int[][] items = new int[maxBits][];
        items[0] = new int[n];
        for (int i = 0; i < n; i++) {
            items[0][i] = i;
        }
        long[] weights = leaves;
        for (int level = 1; level < maxBits; level++) {
            long[] packages = new long[weights.length / 2];
            for (int p = 0; p < packages.length; p++) {
                packages[p] = weights[2 * p] + weights[2 * p + 1];
            }
            long[] merged = new long[n + packages.length];
            int[] kinds = new int[merged.length];
            int leaf = 0;
            int p = 0;
            for (int i = 0; i < merged.length; i++) {
                // a leaf before a package of the same weight
                if (p == packages.length || (leaf < n && leaves[leaf] <= packages[p])) {
                    merged[i] = leaves[leaf];
                    kinds[i] = leaf++;
                } else {
                    merged[i] = packages[p++];
                    kinds[i] = PACKAGE;
                }
            }
            items[level] = kinds;
            weights = merged;
        }
        // the cheapest 2n - 2 items of the top level; the first k packages of a level are made of
        // the first 2k items of the level below, and each time a leaf is taken its code grows a bit
        int take = 2 * n - 2;
        for (int level = maxBits - 1; level >= 0; level--) {
            int packages = 0;
            for (int i = 0; i < take; i++) {
                if (items[level][i] == PACKAGE) {
                    packages++;
                } else {
                    lengths[symbols[items[level][i]]]++;
                }
            }
            take = 2 * packages;
        }
        return lengths;
    }

    /** The symbols with a frequency, rarest first, a lower symbol first among equals. */
    private static int[] byFrequency(long[] frequencies) {
        long[] keys = new long[frequencies.length];
        int count = 0;
        for (int symbol = 0; symbol < frequencies.length; symbol++) {
            if (frequencies[symbol] < 0) {
                throw new IllegalArgumentException("symbol " + symbol + " has a negative frequency");
            }
            if (frequencies[symbol] > 0) {
                keys[count++] = Math.addExact(Math.multiplyExact(frequencies[symbol], frequencies.length), symbol);
            }
        }
        Arrays.sort(keys, 0, count);
        int[] symbols = new int[count];
        for (int i = 0; i < count; i++) {
            symbols[i] = (int) (keys[i] % frequencies.length);
        }
        return symbols;
    }
}
