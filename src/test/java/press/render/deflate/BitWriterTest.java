package press.render.deflate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bits appended a word at a time, at any offset, come out as if written one at a time. */
class BitWriterTest {

    @Test
    void codedBitsAppendedAtEveryOffsetReadAsIfWrittenOneByOne() {
        Random random = new Random(11);
        for (int offset = 0; offset < 130; offset++) {
            for (int length : new int[] {0, 1, 7, 63, 64, 65, 200}) {
                int[] before = bits(random, offset);
                int[] coded = bits(random, length);
                BitWriter piece = new BitWriter(8);
                for (int bit : coded) {
                    piece.write(bit, 1);
                }
                BitWriter assembled = new BitWriter(8);
                BitWriter oneByOne = new BitWriter(8);
                for (int bit : before) {
                    assembled.write(bit, 1);
                    oneByOne.write(bit, 1);
                }
                assembled.append(piece.coded(0));
                for (int bit : coded) {
                    oneByOne.write(bit, 1);
                }
                // what follows lands right after them
                assembled.write(0b101, 3);
                oneByOne.write(0b101, 3);
                assertEquals(oneByOne.bits(), assembled.bits());
                assertArrayEquals(oneByOne.toBytes(0x01020304), assembled.toBytes(0x01020304),
                        length + " bits at bit " + offset);
            }
        }
    }

    @Test
    void bytesCodedTogetherComeOutAsIfCodedOneByOneAtAnyOffset() {
        Random random = new Random(5);
        int[] lengths = new int[256];
        for (int value = 0; value < 256; value++) {
            lengths[value] = 1 + random.nextInt(15);
        }
        int[] codes = new int[256];
        for (int value = 0; value < 256; value++) {
            codes[value] = random.nextInt(1 << lengths[value]);
        }
        byte[] bytes = new byte[500];
        random.nextBytes(bytes);
        for (int offset = 0; offset < 70; offset++) {
            BitWriter together = new BitWriter(0);
            BitWriter oneByOne = new BitWriter(0);
            together.write(0, offset % 30);
            together.write(0, offset - offset % 30);
            oneByOne.write(0, offset % 30);
            oneByOne.write(0, offset - offset % 30);
            together.code(bytes, 3, 497, codes, lengths, 15);
            for (int at = 3; at < 497; at++) {
                oneByOne.write(codes[bytes[at] & 0xff], lengths[bytes[at] & 0xff]);
            }
            together.write(0b11, 2);
            oneByOne.write(0b11, 2);
            assertEquals(oneByOne.bits(), together.bits());
            assertArrayEquals(oneByOne.toBytes(0), together.toBytes(0), "coded from bit " + offset);
        }
    }

    @Test
    void bitsGoLowestFirstIntoEachByteAndTheTrailerBigEndianAfterThePadding() {
        BitWriter out = new BitWriter(0);
        out.write(0x78, 8);
        out.write(1, 1);
        out.write(2, 2);
        assertArrayEquals(new byte[] {0x78, 0b101, 0x0A, 0x0B, 0x0C, 0x0D}, out.toBytes(0x0A0B0C0D));
    }

    private static int[] bits(Random random, int count) {
        int[] bits = new int[count];
        for (int i = 0; i < count; i++) {
            bits[i] = random.nextInt(2);
        }
        return bits;
    }
}
