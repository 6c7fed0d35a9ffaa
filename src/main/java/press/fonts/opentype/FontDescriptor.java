package press.fonts.opentype;

/**
 * What a PDF's font descriptor says of a font, in thousandths of an em, as its head, OS/2, post
 * and name tables state it. A subset copies those tables (its post cut to the 32 bytes of a
 * version 3 table, its head changed only in its checksum and loca format), so its source's
 * tables describe it alike.
 */
record FontDescriptor(String postScriptName, int[] box, int ascent, int descent, int capHeight, double italicAngle,
                      int flags) {

    FontDescriptor {
        box = box.clone();
    }

    @Override
    public int[] box() {
        return box.clone();
    }

    /** The description of a font with these tables; {@code os2}, {@code post} and {@code name} may be null. */
    static FontDescriptor of(byte[] head, byte[] os2, byte[] post, byte[] name) {
        int unitsPerEm = Bytes.u16(head, 18);
        int ascent = os2 == null ? 880 : Bytes.s16(os2, 68) * 1000 / unitsPerEm;
        int descent = os2 == null ? -120 : Bytes.s16(os2, 70) * 1000 / unitsPerEm;
        int capHeight = os2 != null && Bytes.u16(os2, 0) >= 2 ? Bytes.s16(os2, 88) * 1000 / unitsPerEm
                : (int) (0.7 * unitsPerEm) * 1000 / unitsPerEm;
        int[] box = {Bytes.s16(head, 36) * 1000 / unitsPerEm, Bytes.s16(head, 38) * 1000 / unitsPerEm,
            Bytes.s16(head, 40) * 1000 / unitsPerEm, Bytes.s16(head, 42) * 1000 / unitsPerEm};
        double italicAngle = post == null ? 0 : Bytes.s16(post, 4) + Bytes.u16(post, 6) / 65536.0;
        boolean fixedPitch = post != null && Bytes.u32(post, 12) != 0;
        int macStyle = Bytes.u16(head, 44);
        // nonsymbolic; fixed pitch, italic and (PDF's ForceBold) bold as the font says
        int flags = 32 | (fixedPitch ? 1 : 0) | ((macStyle & 2) != 0 ? 64 : 0) | ((macStyle & 1) != 0 ? 262144 : 0);
        return new FontDescriptor(NameTable.postScriptName(name), box, ascent, descent, capHeight, italicAngle, flags);
    }
}
