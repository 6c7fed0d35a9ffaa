package press.render.deflate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import org.junit.jupiter.api.Test;

/**
 * A block's header states its code lengths in the code-length alphabet, runs of one length
 * and of zeros shortened, and the JDK's zlib reads the block it starts.
 */
class DeflateHeaderTest {

    @Test
    void runsOfALengthAndOfZerosAreShortenedAsDeflateAllows() {
        int[] lengths = new int[150 + 10 + 4 + 2];
        java.util.Arrays.fill(lengths, 150, 160, 5);
        lengths[164] = 3;
        lengths[165] = 3;
        assertArrayEquals(expected(), DeflateHeader.runs(lengths));
    }

    /** Symbol, extra bits' value, their number: 138 zeros, the other 12, a 5 then
     * 6 and 3 more, 4 zeros, two 3s (too few to repeat). */
    private static int[] expected() {
        return new int[] {
            18, 127, 7,
            18, 1, 7,
            5, 0, 0, 16, 3, 2, 16, 0, 2,
            17, 1, 3,
            3, 0, 0, 3, 0, 0,
        };
    }

    @Test
    void aBlockWhoseCodeLeavesMostBytesOutInflates() throws DataFormatException {
        byte[] text = "a cab faced a bad deed".getBytes(StandardCharsets.US_ASCII);
        long[] frequencies = new long[257];
        for (byte b : text) {
            frequencies[b]++;
        }
        frequencies[256] = 1;
        HuffmanCode code = HuffmanCode.optimal(frequencies, 15);
        BitWriter out = new BitWriter(64);
        DeflateHeader.write(out, code);
        for (byte b : text) {
            code.write(out, b);
        }
        code.write(out, 256);
        Adler32 adler = new Adler32();
        adler.update(text);
        assertArrayEquals(text, Inflation.inflate(out.toBytes((int) adler.getValue())));
    }
}
