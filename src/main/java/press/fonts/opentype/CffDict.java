package press.fonts.opentype;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CFF DICT as operator → raw operand bytes, so entries are copied exactly; numbers are read
 * where the subsetter needs them (offsets, sizes, counts). Escaped operators are 1200 + second byte.
 */
final class CffDict {

    static final int CHARSET = 15;
    static final int CHAR_STRINGS = 17;
    static final int PRIVATE = 18;
    static final int SUBRS = 19;
    static final int FONT_BBOX = 5;
    static final int FONT_MATRIX = 1207;
    static final int ROS = 1230;
    static final int CID_COUNT = 1234;
    static final int FD_ARRAY = 1236;
    static final int FD_SELECT = 1237;
    static final int NOMINAL_WIDTH_X = 21;

    private final Map<Integer, byte[]> operands = new LinkedHashMap<>();

    static CffDict read(byte[] data, int from, int to) {
        CffDict dict = new CffDict();
        int start = from;
        int at = from;
        while (at < to) {
            int b = Bytes.u8(data, at);
            if (b <= 21) {
                int operator = b == 12 ? 1200 + Bytes.u8(data, at + 1) : b;
                dict.operands.put(operator, Arrays.copyOfRange(data, start, at));
                at += b == 12 ? 2 : 1;
                start = at;
            } else {
                at += operandLength(data, at);
            }
        }
        return dict;
    }

    private static int operandLength(byte[] data, int at) {
        int b = Bytes.u8(data, at);
        if (b == 28) {
            return 3;
        }
        if (b == 29) {
            return 5;
        }
        if (b == 30) {
            int length = 1;
            while (true) {
                int nibbles = Bytes.u8(data, at + length++);
                if ((nibbles & 0x0f) == 0x0f || (nibbles & 0xf0) == 0xf0) {
                    return length;
                }
            }
        }
        if (b >= 32 && b <= 246) {
            return 1;
        }
        if (b >= 247 && b <= 254) {
            return 2;
        }
        throw new IllegalArgumentException("bad CFF DICT operand byte " + b);
    }

    boolean has(int operator) {
        return operands.containsKey(operator);
    }

    byte[] raw(int operator) {
        return operands.get(operator);
    }

    /** The integer operands of an entry (reals are not expected where this is asked). */
    int[] integers(int operator) {
        byte[] raw = operands.get(operator);
        if (raw == null) {
            return null;
        }
        int[] values = new int[raw.length];
        int count = 0;
        int at = 0;
        while (at < raw.length) {
            int b = Bytes.u8(raw, at);
            if (b == 28) {
                values[count++] = Bytes.s16(raw, at + 1);
            } else if (b == 29) {
                values[count++] = (int) Bytes.u32(raw, at + 1);
            } else if (b >= 32 && b <= 246) {
                values[count++] = b - 139;
            } else if (b >= 247 && b <= 250) {
                values[count++] = (b - 247) * 256 + Bytes.u8(raw, at + 1) + 108;
            } else if (b >= 251 && b <= 254) {
                values[count++] = -(b - 251) * 256 - Bytes.u8(raw, at + 1) - 108;
            } else {
                throw new IllegalArgumentException("CFF operator " + operator + " has a non-integer operand");
            }
            at += operandLength(raw, at);
        }
        return Arrays.copyOf(values, count);
    }

    /** Every entry but the listed operators, as they were. */
    byte[] copyExcept(int... operators) {
        Bytes.Out out = new Bytes.Out();
        for (var entry : operands.entrySet()) {
            if (Arrays.stream(operators).noneMatch(op -> op == entry.getKey())) {
                out.bytes(entry.getValue());
                operator(out, entry.getKey());
            }
        }
        return out.toByteArray();
    }

    /** One entry whose operands are fixed-size (5-byte) integers, so sizes are known before offsets. */
    static void fixed(Bytes.Out out, int operator, int... values) {
        for (int value : values) {
            out.u8(29).u32(value);
        }
        operator(out, operator);
    }

    static void raw(Bytes.Out out, int operator, byte[] operandBytes) {
        out.bytes(operandBytes);
        operator(out, operator);
    }

    private static void operator(Bytes.Out out, int operator) {
        if (operator >= 1200) {
            out.u8(12).u8(operator - 1200);
        } else {
            out.u8(operator);
        }
    }
}
