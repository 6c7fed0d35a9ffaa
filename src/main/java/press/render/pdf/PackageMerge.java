package press.render.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The package-merge algorithm (Larmore and Hirschberg): the code lengths of an optimal prefix
 * code whose codes are no longer than a limit, as deflate wants (15 bits for its literals, 7 for
 * the code lengths' own code). Ties are broken by symbol, so the same frequencies always give
 * the same lengths.
 */
final class PackageMerge {

    /** A coin: one symbol's, or a package of two cheaper coins. */
    private record Item(long weight, int symbol, Item first, Item second) {
    }

    private PackageMerge() {
    }

    /**
     * For each symbol, its code length: 0 for a symbol of frequency 0, 1 for the only symbol
     * with a frequency (deflate writes at least one bit a symbol), otherwise at most
     * {@code maxBits}, with the lengths of the used symbols making a complete code.
     */
    static int[] lengths(long[] frequencies, int maxBits) {
        int[] symbols = byFrequency(frequencies);
        int[] lengths = new int[frequencies.length];
        if (symbols.length == 1) {
            lengths[symbols[0]] = 1;
        }
        if (symbols.length < 2) {
            return lengths;
        }
        if (maxBits < 1 || maxBits > 30 || symbols.length > 1 << maxBits) {
            throw new IllegalArgumentException(symbols.length + " symbols cannot have codes of at most " + maxBits
                    + " bits");
        }
        List<Item> leaves = new ArrayList<>();
        for (int symbol : symbols) {
            leaves.add(new Item(frequencies[symbol], symbol, null, null));
        }
        // from the coins worth 2^-maxBits up to those worth 1/2, each list the leaves merged with
        // the packages of the list below
        List<Item> list = leaves;
        for (int level = 1; level < maxBits; level++) {
            list = merge(leaves, packages(list));
        }
        for (Item item : list.subList(0, 2 * symbols.length - 2)) {
            count(item, lengths);
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

    private static List<Item> packages(List<Item> list) {
        List<Item> packages = new ArrayList<>(list.size() / 2);
        for (int i = 0; i + 1 < list.size(); i += 2) {
            packages.add(new Item(list.get(i).weight() + list.get(i + 1).weight(), -1, list.get(i), list.get(i + 1)));
        }
        return packages;
    }

    /** The two lists in order of weight, a leaf before a package of the same weight. */
    private static List<Item> merge(List<Item> leaves, List<Item> packages) {
        List<Item> merged = new ArrayList<>(leaves.size() + packages.size());
        int l = 0;
        int p = 0;
        while (l < leaves.size() || p < packages.size()) {
            if (p == packages.size() || (l < leaves.size() && leaves.get(l).weight() <= packages.get(p).weight())) {
                merged.add(leaves.get(l++));
            } else {
                merged.add(packages.get(p++));
            }
        }
        return merged;
    }

    /** Each time a symbol's coin is spent, its code is a bit longer. */
    private static void count(Item item, int[] lengths) {
        if (item.symbol() >= 0) {
            lengths[item.symbol()]++;
        } else {
            count(item.first(), lengths);
            count(item.second(), lengths);
        }
    }
}
