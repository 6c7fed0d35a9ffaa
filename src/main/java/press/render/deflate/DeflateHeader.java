package press.render.deflate;

import java.util.Arrays;

/**
 * The start of a zlib stream (RFC 1950) that is one final deflate block with dynamic Huffman codes
 * (RFC 1951, 3.2.7) holding literals only: the two-byte zlib header, the block's header, and the
 * code lengths of its literal/length code and its distance code, themselves Huffman-coded.
 * Written once per code, as every stream coded with it starts with the same bits.
 */
final class DeflateHeader {

    /** Deflate, a 32 KB window; the check bits make the pair a multiple of 31; "fastest" in the level bits. */
    private static final int CMF = 0x78;
    private static final int FLG = 0x01;
    private static final int FINAL = 1;
    private static final int DYNAMIC = 2;
    /** The order the code-length code's lengths are written in. */
    private static final int[] ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    /** A block of literals alone needs no distance code, but zlib writes two codes of one bit (a complete code), and every inflater reads that. */
    private static final int[] DISTANCES = {1, 1};
    private static final int REPEAT_PREVIOUS = 16;
    private static final int REPEAT_ZERO = 17;
    private static final int REPEAT_ZERO_LONG = 18;

    private DeflateHeader() {
    }

    /** Writes the zlib header and the block's header for {@code literals}, a code of the 257 literal/length symbols 0–256. */
    static void write(BitWriter out, HuffmanCode literals) {
        if (literals.size() != 257) {
            throw new IllegalArgumentException("a block of literals codes 257 symbols (bytes and the end), not "
                    + literals.size());
        }
        out.write(CMF, 8);
        out.write(FLG, 8);
        out.write(FINAL, 1);
        out.write(DYNAMIC, 2);
        int[] lengths = Arrays.copyOf(literals.lengths(), 257 + DISTANCES.length);
        System.arraycopy(DISTANCES, 0, lengths, 257, DISTANCES.length);
        int[] runs = runs(lengths);
        long[] frequencies = new long[19];
        for (int i = 0; i < runs.length; i += 3) {
            frequencies[runs[i]]++;
        }
        // a code of one symbol is incomplete, and zlib refuses an incomplete code-length code
        if (Arrays.stream(frequencies).filter(f -> f > 0).count() < 2) {
            frequencies[frequencies[0] == 0 ? 0 : 1]++;
        }
        HuffmanCode code = HuffmanCode.optimal(frequencies, 7);
        int written = ORDER.length;
        while (written > 4 && code.length(ORDER[written - 1]) == 0) {
            written--;
        }
        out.write(0, 5);
        out.write(DISTANCES.length - 1, 5);
        out.write(written - 4, 4);
        for (int i = 0; i < written; i++) {
            out.write(code.length(ORDER[i]), 3);
        }
        for (int i = 0; i < runs.length; i += 3) {
            code.write(out, runs[i]);
            out.write(runs[i + 1], runs[i + 2]);
        }
    }

    /**
     * The lengths as the code-length alphabet states them, in threes (symbol, extra bits' value,
     * their number): a length repeated three to six times after itself as 16, three to ten zeros
     * as 17, eleven to 138 as 18.
     */
    static int[] runs(int[] lengths) {
        int[] runs = new int[3 * lengths.length];
        int count = 0;
        for (int i = 0; i < lengths.length; ) {
            int length = lengths[i];
            int run = 1;
            while (i + run < lengths.length && lengths[i + run] == length) {
                run++;
            }
            i += run;
            int left = run;
            if (length == 0) {
                for (; left >= 11; left -= Math.min(left, 138)) {
                    count = put(runs, count, REPEAT_ZERO_LONG, Math.min(left, 138) - 11, 7);
                }
                if (left >= 3) {
                    count = put(runs, count, REPEAT_ZERO, left - 3, 3);
                    left = 0;
                }
            } else {
                count = put(runs, count, length, 0, 0);
                for (left--; left >= 3; left -= Math.min(left, 6)) {
                    count = put(runs, count, REPEAT_PREVIOUS, Math.min(left, 6) - 3, 2);
                }
            }
            for (; left > 0; left--) {
                count = put(runs, count, length, 0, 0);
            }
        }
        return Arrays.copyOf(runs, count);
    }

    private static int put(int[] runs, int at, int symbol, int extra, int bits) {
        runs[at] = symbol;
        runs[at + 1] = extra;
        runs[at + 2] = bits;
        return at + 3;
    }
}
