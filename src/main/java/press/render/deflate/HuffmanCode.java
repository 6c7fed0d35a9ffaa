package press.render.deflate;


/**
 * A canonical Huffman code as deflate defines one (RFC 1951, 3.2.2): each symbol's code length,
 * the codes following from the lengths alone, shorter codes first and symbols in order within a
 * length. The codes are kept bit-reversed, as deflate writes a code's first bit first into the
 * lowest free bit.
 */
final class HuffmanCode {

    private final int[] lengths;
    private final int[] codes;
    private final int longest;

    private HuffmanCode(int[] lengths) {
        this.lengths = lengths.clone();
        this.codes = new int[lengths.length];
        int longest = 0;
        for (int length : lengths) {
            if (length < 0 || length > 31) {
                throw new IllegalArgumentException("a code length of " + length + " bits");
            }
            longest = Math.max(longest, length);
        }
        this.longest = longest;
        int[] perLength = new int[longest + 1];
        for (int length : lengths) {
            perLength[length]++;
        }
        perLength[0] = 0;
        int[] next = new int[longest + 1];
        int code = 0;
        for (int length = 1; length <= longest; length++) {
            code = (code + perLength[length - 1]) << 1;
            next[length] = code;
        }
        for (int symbol = 0; symbol < lengths.length; symbol++) {
            int length = lengths[symbol];
            if (length > 0) {
                if (next[length] >= 1 << length) {
                    throw new IllegalArgumentException("the code lengths over-subscribe length " + length);
                }
                codes[symbol] = Integer.reverse(next[length]++) >>> (32 - length);
            }
        }
    }

    /** The code with these lengths (0: a symbol that is never written). */
    static HuffmanCode ofLengths(int[] lengths) {
        return new HuffmanCode(lengths);
    }

    /** An optimal code for these frequencies with no code longer than {@code maxBits}. */
    static HuffmanCode optimal(long[] frequencies, int maxBits) {
        return new HuffmanCode(PackageMerge.lengths(frequencies, maxBits));
    }

    int size() {
        return lengths.length;
    }

    int length(int symbol) {
        return lengths[symbol];
    }

    /** The symbol's code, bit-reversed: its first bit lowest. */
    int code(int symbol) {
        return codes[symbol];
    }

    int[] lengths() {
        return lengths.clone();
    }

    void write(BitWriter out, int symbol) {
        out.write(codes[symbol], lengths[symbol]);
    }

    /** Writes bytes {@code from} to {@code to} of {@code bytes}, each as the symbol of its value. */
    void write(BitWriter out, byte[] bytes, int from, int to) {
        if (codes.length < 256) {
            throw new IllegalStateException("a code of " + codes.length + " symbols cannot code every byte");
        }
        out.code(bytes, from, to, codes, lengths, longest);
    }
}
