package press.render.deflate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.PriorityQueue;
import org.junit.jupiter.api.Test;

/**
 * Length-limited codes by package-merge: complete, no code over the limit, as cheap as an
 * unlimited Huffman code where the limit does not bind, and canonical as deflate assigns codes.
 */
class HuffmanCodeTest {

    /** Frequencies that grow like Fibonacci numbers give an unlimited Huffman code one bit longer per symbol. */
    private static long[] fibonacci(int symbols) {
        long[] frequencies = new long[symbols];
        frequencies[0] = 1;
        frequencies[1] = 1;
        for (int i = 2; i < symbols; i++) {
            frequencies[i] = frequencies[i - 1] + frequencies[i - 2];
        }
        return frequencies;
    }

    @Test
    void aSkewedAlphabetIsCutToTheLimitAndStaysComplete() {
        long[] frequencies = fibonacci(40);
        assertTrue(maxLength(huffmanLengths(frequencies)) > 15, "unlimited, the code would be too long");
        int[] lengths = PackageMerge.lengths(frequencies, 15);
        assertEquals(15, maxLength(lengths));
        assertEquals(1.0, kraft(lengths), 0.0, "complete");
    }

    @Test
    void whereTheLimitDoesNotBindTheCodeIsAsCheapAsHuffmans() {
        long[] frequencies = new long[257];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < frequencies.length; i++) {
            frequencies[i] = 1 + random.nextInt(10_000);
        }
        int[] limited = PackageMerge.lengths(frequencies, 15);
        assertEquals(cost(frequencies, huffmanLengths(frequencies)), cost(frequencies, limited));
        assertEquals(1.0, kraft(limited), 0.0);
    }

    @Test
    void symbolsNeverWrittenHaveNoCodeAndALoneSymbolOneBit() {
        assertArrayEquals(new int[] {0, 1, 0}, PackageMerge.lengths(new long[] {0, 5, 0}, 15));
        assertArrayEquals(new int[] {1, 0, 1}, PackageMerge.lengths(new long[] {3, 0, 9}, 15));
        assertThrows(IllegalArgumentException.class, () -> PackageMerge.lengths(new long[] {1, 1, 1, 1, 1}, 2));
    }

    @Test
    void codesAreAssignedAsRfc1951SaysAndKeptBitReversed() {
        // RFC 1951, 3.2.2: lengths (3, 3, 3, 3, 3, 2, 4, 4) give 010 011 100 101 110 00 1110 1111
        HuffmanCode code = HuffmanCode.ofLengths(new int[] {3, 3, 3, 3, 3, 2, 4, 4});
        int[] expected = {0b010, 0b011, 0b100, 0b101, 0b110, 0b00, 0b1110, 0b1111};
        for (int symbol = 0; symbol < expected.length; symbol++) {
            int length = code.length(symbol);
            assertEquals(expected[symbol], Integer.reverse(code.code(symbol)) >>> (32 - length), "symbol " + symbol);
        }
        assertThrows(IllegalArgumentException.class, () -> HuffmanCode.ofLengths(new int[] {1, 1, 1}));
    }

    @Test
    void theSameFrequenciesGiveTheSameLengths() {
        long[] ties = new long[257];
        java.util.Arrays.fill(ties, 4);
        ties[17] = 9;
        assertArrayEquals(PackageMerge.lengths(ties, 15), PackageMerge.lengths(ties.clone(), 15));
        assertEquals(1.0, kraft(PackageMerge.lengths(ties, 15)), 0.0);
    }

    private static int[] huffmanLengths(long[] frequencies) {
        record Node(long weight, int symbol, Node a, Node b) {
        }
        PriorityQueue<Node> queue = new PriorityQueue<>((x, y) -> Long.compare(x.weight(), y.weight()));
        for (int s = 0; s < frequencies.length; s++) {
            queue.add(new Node(frequencies[s], s, null, null));
        }
        while (queue.size() > 1) {
            Node a = queue.poll();
            Node b = queue.poll();
            queue.add(new Node(a.weight() + b.weight(), -1, a, b));
        }
        int[] lengths = new int[frequencies.length];
        java.util.ArrayDeque<Object[]> stack = new java.util.ArrayDeque<>();
        stack.push(new Object[] {queue.poll(), 0});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            Node node = (Node) top[0];
            int depth = (int) top[1];
            if (node.symbol() >= 0) {
                lengths[node.symbol()] = depth;
            } else {
                stack.push(new Object[] {node.a(), depth + 1});
                stack.push(new Object[] {node.b(), depth + 1});
            }
        }
        return lengths;
    }

    private static long cost(long[] frequencies, int[] lengths) {
        long cost = 0;
        for (int s = 0; s < lengths.length; s++) {
            cost += frequencies[s] * lengths[s];
        }
        return cost;
    }

    private static int maxLength(int[] lengths) {
        return java.util.Arrays.stream(lengths).max().orElse(0);
    }

    private static double kraft(int[] lengths) {
        double sum = 0;
        for (int length : lengths) {
            sum += length == 0 ? 0 : Math.pow(2, -length);
        }
        return sum;
    }
}
