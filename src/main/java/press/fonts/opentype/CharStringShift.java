package press.fonts.opentype;

import java.util.Arrays;

/**
 * A Type 2 charstring (CFF) moved sideways and given another width. Every point of an outline
 * is relative to the one before and the first to the origin, so moving the first moveto moves
 * the whole outline; the vertical stem hints, each operator's list starting from 0, are moved
 * with it so hinting stays on the stems. The width is the first stack-clearing operator's extra
 * operand (its difference from the private dict's nominal width), put in where the glyph took
 * the default: a PDF's widths must be the program's. Only the part before the first moveto is
 * read: whatever follows is copied.
 */
final class CharStringShift {

    private static final int HSTEM = 1;
    private static final int VSTEM = 3;
    private static final int VMOVETO = 4;
    private static final int ENDCHAR = 14;
    private static final int HSTEMHM = 18;
    private static final int HINTMASK = 19;
    private static final int CNTRMASK = 20;
    private static final int RMOVETO = 21;
    private static final int HMOVETO = 22;
    private static final int VSTEMHM = 23;

    private final byte[] charString;
    private final int dx;
    /** The width operand to state: the width less the nominal width. */
    private final byte[] width;
    private final Bytes.Out out;
    /** The bytes before this are written to {@link #out}. */
    private int copied;
    private int[] operands = new int[48];
    private int count;
    private int stems;
    private boolean widthSeen;

    private CharStringShift(byte[] charString, int dx, byte[] width) {
        this.charString = charString;
        this.dx = dx;
        this.width = width;
        this.out = new Bytes.Out(charString.length + 8);
    }

    /**
     * The charstring with its outline and vertical stems moved by {@code dx} font units, stating
     * {@code widthOperand} as its width's difference from the nominal width; null where it cannot
     * be followed up to its first moveto: a subroutine call (which may hold hints or the moveto
     * itself), an operator no outline starts with, or a number out of range.
     */
    static byte[] shift(byte[] charString, int dx, int widthOperand) {
        byte[] width = encode(widthOperand);
        return width == null ? null : new CharStringShift(charString, dx, width).shift();
    }

    private byte[] shift() {
        int at = 0;
        while (at < charString.length) {
            int b = Bytes.u8(charString, at);
            if (b == 28 || b >= 32) {
                push(at);
                at += numberLength(b);
                continue;
            }
            switch (b) {
                case HSTEM, HSTEMHM -> stems += pairs(width(count % 2, at));
                case VSTEM, VSTEMHM -> {
                    int width = width(count % 2, at);
                    stems += pairs(width);
                    if (count > width && !replace(width, shifted(width))) {
                        return null;
                    }
                }
                case HINTMASK, CNTRMASK -> {
                    // operands left before a mask are vertical stems it declares without vstem
                    int width = width(count % 2, at);
                    stems += pairs(width);
                    if (count > width && !replace(width, shifted(width))) {
                        return null;
                    }
                    at += (stems + 7) / 8;
                }
                case RMOVETO -> {
                    return moved(width(count == 3 ? 1 : 0, at), count == 2 || count == 3);
                }
                case HMOVETO -> {
                    return moved(width(count == 2 ? 1 : 0, at), count == 1 || count == 2);
                }
                case VMOVETO -> {
                    int width = width(count == 2 ? 1 : 0, at);
                    byte[] x = encode(dx);
                    if (count - width != 1 || x == null) {
                        return null;
                    }
                    // "dy vmoveto" becomes "dx dy rmoveto"
                    insert(operands[width], x);
                    insert(at, new byte[] {RMOVETO});
                    copied = at + 1;
                    return finish();
                }
                case ENDCHAR -> {
                    // no outline to move, unless it is an accented glyph built from two others (seac)
                    if (count >= 4) {
                        return null;
                    }
                    width(count == 1 ? 1 : 0, at);
                    return finish();
                }
                default -> {
                    return null;
                }
            }
            if (count < 0) {
                return null;
            }
            count = 0;
            at++;
        }
        return null;
    }

    /** The first moveto's x takes the shift; the rest is copied. */
    private byte[] moved(int width, boolean wellFormed) {
        if (!wellFormed || !replace(width, shifted(width))) {
            return null;
        }
        return finish();
    }

    private byte[] finish() {
        out.write(charString, copied, charString.length - copied);
        return out.toByteArray();
    }

    private void push(int at) {
        if (count == operands.length) {
            operands = Arrays.copyOf(operands, 2 * count);
        }
        operands[count++] = at;
    }

    /**
     * How many operands at the bottom of the stack are the glyph's width: only the first
     * stack-clearing operator (at {@code operator}) may carry one, as an extra operand, which
     * this replaces by the width to state, or before whose operands that width is put; an odd one
     * out later is an error, which leaves {@code count} negative.
     */
    private int width(int extra, int operator) {
        if (widthSeen) {
            if (extra != 0) {
                count = -1;
            }
            return 0;
        }
        widthSeen = true;
        if (extra == 1) {
            replace(0, width);
        } else {
            insert(count > 0 ? operands[0] : operator, width);
        }
        return extra;
    }

    private int pairs(int width) {
        return count < 0 ? 0 : (count - width) / 2;
    }

    /** Operand {@code index} plus dx, in the same kind of number (16.16 fixed stays fixed), or null out of range. */
    private byte[] shifted(int index) {
        int at = operands[index];
        int b = Bytes.u8(charString, at);
        if (b == 255) {
            long fixed = (int) Bytes.u32(charString, at + 1) + ((long) dx << 16);
            if (fixed != (int) fixed) {
                return null;
            }
            return new Bytes.Out(5).u8(255).u32(fixed).toByteArray();
        }
        return encode(integer(at) + dx);
    }

    private boolean replace(int index, byte[] number) {
        if (number == null) {
            return false;
        }
        int at = operands[index];
        out.write(charString, copied, at - copied);
        out.bytes(number);
        copied = at + numberLength(Bytes.u8(charString, at));
        return true;
    }

    private void insert(int at, byte[] bytes) {
        out.write(charString, copied, at - copied);
        out.bytes(bytes);
        copied = at;
    }

    private int integer(int at) {
        int b = Bytes.u8(charString, at);
        if (b == 28) {
            return Bytes.s16(charString, at + 1);
        }
        if (b <= 246) {
            return b - 139;
        }
        if (b <= 250) {
            return (b - 247) * 256 + Bytes.u8(charString, at + 1) + 108;
        }
        return -(b - 251) * 256 - Bytes.u8(charString, at + 1) - 108;
    }

    private static int numberLength(int b) {
        if (b == 28) {
            return 3;
        }
        if (b == 255) {
            return 5;
        }
        return b >= 247 ? 2 : 1;
    }

    /** An integer in the shortest Type 2 encoding, or null beyond a 16-bit one. */
    static byte[] encode(int value) {
        if (value >= -107 && value <= 107) {
            return new byte[] {(byte) (value + 139)};
        }
        if (value >= 108 && value <= 1131) {
            int v = value - 108;
            return new byte[] {(byte) (247 + (v >> 8)), (byte) v};
        }
        if (value >= -1131 && value <= -108) {
            int v = -value - 108;
            return new byte[] {(byte) (251 + (v >> 8)), (byte) v};
        }
        if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            return new byte[] {28, (byte) (value >> 8), (byte) value};
        }
        return null;
    }
}
