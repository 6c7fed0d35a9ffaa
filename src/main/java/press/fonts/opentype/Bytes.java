package press.fonts.opentype;

import java.io.ByteArrayOutputStream;

/** Big-endian reads from a byte array and a growing big-endian buffer: the arithmetic of font files. */
final class Bytes {

    private Bytes() {
    }

    static int u8(byte[] data, int at) {
        return data[at] & 0xff;
    }

    static int u16(byte[] data, int at) {
        return (u8(data, at) << 8) | u8(data, at + 1);
    }

    static int s16(byte[] data, int at) {
        return (short) u16(data, at);
    }

    static int u24(byte[] data, int at) {
        return (u16(data, at) << 8) | u8(data, at + 2);
    }

    static long u32(byte[] data, int at) {
        return ((long) u16(data, at) << 16) | u16(data, at + 2);
    }

    static int offset(byte[] data, int at, int size) {
        return switch (size) {
            case 1 -> u8(data, at);
            case 2 -> u16(data, at);
            case 3 -> u24(data, at);
            case 4 -> (int) u32(data, at);
            default -> throw new IllegalArgumentException("bad offset size " + size);
        };
    }

    /** A big-endian output buffer. */
    static final class Out extends ByteArrayOutputStream {

        Out() {
            super(1024);
        }

        Out(int capacity) {
            super(capacity);
        }

        Out u8(int value) {
            write(value);
            return this;
        }

        Out u16(int value) {
            write(value >>> 8);
            write(value);
            return this;
        }

        Out u32(long value) {
            u16((int) (value >>> 16));
            return u16((int) value);
        }

        Out offset(int value, int size) {
            for (int shift = (size - 1) * 8; shift >= 0; shift -= 8) {
                write(value >>> shift);
            }
            return this;
        }

        Out bytes(byte[] data) {
            write(data, 0, data.length);
            return this;
        }

        Out pad4() {
            while (size() % 4 != 0) {
                write(0);
            }
            return this;
        }
    }
}
