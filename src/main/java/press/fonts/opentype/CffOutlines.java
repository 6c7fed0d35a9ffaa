package press.fonts.opentype;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CFF table of an OpenType font, read once, and the writer of compact subsets: a CID-keyed
 * CFF (registry Adobe, ordering Identity, CID = glyph index) holding only the given glyphs,
 * renumbered, with their font dicts, private dicts and subroutines copied as they were.
 */
final class CffOutlines {

    private static final int REGISTRY_SID = 391;
    /** The block a large font's charstrings are counted by. */
    private static final int SAMPLE = 4096;
    /** A large font's charstrings are counted in one block of so many. */
    private static final int SAMPLED = 16;
    private static final int ORDERING_SID = 392;

    private final FontData cff;
    private final byte[] name;
    private final CffDict top;
    private final byte[] globalSubrs;
    private final CffIndex charStrings;
    private final int[] fdOfGlyph;
    private final List<CffDict> fontDicts = new ArrayList<>();
    private final List<CffDict> privateDicts = new ArrayList<>();
    private final List<byte[]> localSubrs = new ArrayList<>();

    CffOutlines(FontData cff) {
        this.cff = cff;
        CffIndex names = CffIndex.read(cff, cff.u8(2));
        name = cff.copy(names.start(0), names.start(0) + names.length(0));
        CffIndex tops = CffIndex.read(cff, names.end());
        top = dict(tops.start(0), tops.length(0));
        CffIndex strings = CffIndex.read(cff, tops.end());
        CffIndex subrs = CffIndex.read(cff, strings.end());
        globalSubrs = cff.copy(strings.end(), subrs.end());
        charStrings = CffIndex.read(cff, top.integers(CffDict.CHAR_STRINGS)[0]);
        fdOfGlyph = new int[charStrings.count()];
        if (top.has(CffDict.ROS)) {
            CffIndex fdArray = CffIndex.read(cff, top.integers(CffDict.FD_ARRAY)[0]);
            for (int fd = 0; fd < fdArray.count(); fd++) {
                CffDict fontDict = dict(fdArray.start(fd), fdArray.length(fd));
                fontDicts.add(fontDict);
                addPrivate(fontDict.integers(CffDict.PRIVATE));
            }
            readFdSelect(top.integers(CffDict.FD_SELECT)[0]);
        } else {
            fontDicts.add(null);
            addPrivate(top.integers(CffDict.PRIVATE));
        }
    }

    private CffDict dict(int at, int length) {
        return CffDict.read(cff.copy(at, at + length), 0, length);
    }

    private void addPrivate(int[] sizeAndOffset) {
        int size = sizeAndOffset[0];
        int offset = sizeAndOffset[1];
        CffDict dict = dict(offset, size);
        privateDicts.add(dict);
        if (dict.has(CffDict.SUBRS)) {
            int at = offset + dict.integers(CffDict.SUBRS)[0];
            localSubrs.add(cff.copy(at, CffIndex.read(cff, at).end()));
        } else {
            localSubrs.add(null);
        }
    }

    private void readFdSelect(int at) {
        int format = cff.u8(at);
        if (format == 0) {
            for (int g = 0; g < fdOfGlyph.length; g++) {
                fdOfGlyph[g] = cff.u8(at + 1 + g);
            }
        } else if (format == 3) {
            int ranges = cff.u16(at + 1);
            for (int r = 0; r < ranges; r++) {
                int first = cff.u16(at + 3 + 3 * r);
                int fd = cff.u8(at + 5 + 3 * r);
                int next = cff.u16(at + 6 + 3 * r);
                Arrays.fill(fdOfGlyph, first, Math.min(next, fdOfGlyph.length), fd);
            }
        } else {
            throw new IllegalArgumentException("unsupported CFF FDSelect format " + format);
        }
    }

    /**
     * The glyph's charstring moved by {@code dx} font units and stating {@code advance} as its
     * width (see {@link CharStringShift}), or null if it cannot be.
     */
    byte[] shifted(int glyph, int dx, int advance) {
        CffDict privateDict = privateDicts.get(fdOfGlyph[glyph]);
        int nominal = privateDict.has(CffDict.NOMINAL_WIDTH_X) ? privateDict.integers(CffDict.NOMINAL_WIDTH_X)[0] : 0;
        return CharStringShift.shift(charString(glyph), dx, advance - nominal);
    }

    private byte[] charString(int glyph) {
        return cff.copy(charStrings.start(glyph), charStrings.start(glyph) + charStrings.length(glyph));
    }

    /** A subset's CFF table and where its charstrings lie in it. */
    record Table(byte[] bytes, CharStringPlaces places) {
    }

    /** A CFF table holding {@code glyphs} (source glyph indices, .notdef first) as glyphs 0, 1, 2… */
    byte[] subset(int[] glyphs) {
        return subset(glyphs, new byte[glyphs.length][]).bytes();
    }

    /**
     * The same, glyph i drawn by {@code outlines[i]} where that is not null: a half form, which
     * stays in its source glyph's font dict, as its subroutine calls and hints are that dict's.
     */
    Table subset(int[] glyphs, byte[][] outlines) {
        int[] newFd = new int[fontDicts.size()];
        Arrays.fill(newFd, -1);
        List<Integer> usedFds = new ArrayList<>();
        for (int glyph : glyphs) {
            if (newFd[fdOfGlyph[glyph]] < 0) {
                newFd[fdOfGlyph[glyph]] = usedFds.size();
                usedFds.add(fdOfGlyph[glyph]);
            }
        }
        List<byte[]> items = new ArrayList<>(glyphs.length);
        for (int i = 0; i < glyphs.length; i++) {
            items.add(outlines[i] != null ? outlines[i] : charString(glyphs[i]));
        }
        byte[] charset = charset(glyphs.length);
        byte[] fdSelect = fdSelect(glyphs, newFd);
        byte[] charStringsIndex = CffIndex.write(items);
        byte[] nameIndex = CffIndex.write(List.of(name));
        byte[] stringIndex = CffIndex.write(List.of("Adobe".getBytes(StandardCharsets.US_ASCII),
                "Identity".getBytes(StandardCharsets.US_ASCII)));
        int topSize = CffIndex.write(List.of(topDict(glyphs.length, 0, 0, 0, 0))).length;

        int charsetAt = 4 + nameIndex.length + topSize + stringIndex.length + globalSubrs.length;
        int fdSelectAt = charsetAt + charset.length;
        int charStringsAt = fdSelectAt + fdSelect.length;
        int fdArrayAt = charStringsAt + charStringsIndex.length;
        List<byte[]> privates = new ArrayList<>();
        for (int fd : usedFds) {
            privates.add(privateDict(fd));
        }
        int fdArraySize = CffIndex.write(fontDictsFor(usedFds, privates, 0)).length;
        int privateAt = fdArrayAt + fdArraySize;

        Bytes.Out out = new Bytes.Out(privateAt + 4096);
        out.u8(1).u8(0).u8(4).u8(4);
        out.bytes(nameIndex);
        out.bytes(CffIndex.write(List.of(topDict(glyphs.length, charsetAt, fdSelectAt, charStringsAt, fdArrayAt))));
        out.bytes(stringIndex).bytes(globalSubrs).bytes(charset).bytes(fdSelect).bytes(charStringsIndex);
        out.bytes(CffIndex.write(fontDictsFor(usedFds, privates, privateAt)));
        for (int i = 0; i < usedFds.size(); i++) {
            out.bytes(privates.get(i));
            byte[] subrs = localSubrs.get(usedFds.get(i));
            if (subrs != null) {
                out.bytes(subrs);
            }
        }
        return new Table(out.toByteArray(), places(glyphs, outlines, items, charStringsAt + charStringsIndex.length));
    }

    /** Each charstring's place in an INDEX whose data end at {@code end}; a replaced one has no source. */
    private static CharStringPlaces places(int[] glyphs, byte[][] outlines, List<byte[]> items, int end) {
        int[] starts = new int[items.size() + 1];
        starts[items.size()] = end;
        for (int i = items.size() - 1; i >= 0; i--) {
            starts[i] = starts[i + 1] - items.get(i).length;
        }
        int[] sources = new int[glyphs.length];
        for (int i = 0; i < glyphs.length; i++) {
            sources[i] = outlines[i] != null ? -1 : glyphs[i];
        }
        return new CharStringPlaces(starts, sources);
    }

    /** The number of glyphs in the font. */
    int glyphCount() {
        return charStrings.count();
    }

    /**
     * How often each byte value occurs in the charstrings of the font's glyphs: in all of them
     * for a small font, in every {@value #SAMPLED}th block of {@value #SAMPLE} bytes for one of
     * megabytes (a CJK font), whose charstrings are alike enough that a sixteenth counts them
     * well, without reading megabytes of the mapped file from disk at the first render. The
     * blocks are copied into an array, which the counting loop runs through without a call into
     * the buffer for each byte.
     */
    long[] charStringByteCounts() {
        long[] counts = new long[256];
        byte[] block = new byte[SAMPLE];
        int start = charStrings.start(0);
        int end = charStrings.end();
        int step = end - start > SAMPLED * SAMPLED * SAMPLE ? SAMPLED * SAMPLE : SAMPLE;
        for (int at = start; at < end; at += step) {
            int length = Math.min(block.length, end - at);
            cff.read(at, block, length);
            for (int i = 0; i < length; i++) {
                counts[block[i] & 0xff]++;
            }
        }
        return counts;
    }

    private byte[] topDict(int glyphs, int charsetAt, int fdSelectAt, int charStringsAt, int fdArrayAt) {
        Bytes.Out out = new Bytes.Out();
        CffDict.fixed(out, CffDict.ROS, REGISTRY_SID, ORDERING_SID, 0);
        if (top.has(CffDict.FONT_BBOX)) {
            CffDict.raw(out, CffDict.FONT_BBOX, top.raw(CffDict.FONT_BBOX));
        }
        if (top.has(CffDict.FONT_MATRIX)) {
            CffDict.raw(out, CffDict.FONT_MATRIX, top.raw(CffDict.FONT_MATRIX));
        }
        CffDict.fixed(out, CffDict.CID_COUNT, glyphs);
        CffDict.fixed(out, CffDict.CHARSET, charsetAt);
        CffDict.fixed(out, CffDict.FD_SELECT, fdSelectAt);
        CffDict.fixed(out, CffDict.CHAR_STRINGS, charStringsAt);
        CffDict.fixed(out, CffDict.FD_ARRAY, fdArrayAt);
        return out.toByteArray();
    }

    /** The private dict without its subroutine offset, then the offset to subroutines right after it. */
    private byte[] privateDict(int fd) {
        Bytes.Out out = new Bytes.Out();
        out.bytes(privateDicts.get(fd).copyExcept(CffDict.SUBRS));
        if (localSubrs.get(fd) != null) {
            CffDict.fixed(out, CffDict.SUBRS, out.size() + 6);
        }
        return out.toByteArray();
    }

    private List<byte[]> fontDictsFor(List<Integer> usedFds, List<byte[]> privates, int privateAt) {
        List<byte[]> dicts = new ArrayList<>();
        int at = privateAt;
        for (int i = 0; i < usedFds.size(); i++) {
            int fd = usedFds.get(i);
            Bytes.Out out = new Bytes.Out();
            CffDict source = fontDicts.get(fd);
            if (source != null && source.has(CffDict.FONT_MATRIX)) {
                CffDict.raw(out, CffDict.FONT_MATRIX, source.raw(CffDict.FONT_MATRIX));
            }
            CffDict.fixed(out, CffDict.PRIVATE, privates.get(i).length, at);
            dicts.add(out.toByteArray());
            at += privates.get(i).length + (localSubrs.get(fd) == null ? 0 : localSubrs.get(fd).length);
        }
        return dicts;
    }

    /** Glyph g has CID g. */
    private static byte[] charset(int glyphs) {
        Bytes.Out out = new Bytes.Out();
        if (glyphs < 2) {
            return out.u8(0).toByteArray();
        }
        return out.u8(2).u16(1).u16(glyphs - 2).toByteArray();
    }

    private byte[] fdSelect(int[] glyphs, int[] newFd) {
        List<int[]> ranges = new ArrayList<>();
        for (int g = 0; g < glyphs.length; g++) {
            int fd = newFd[fdOfGlyph[glyphs[g]]];
            if (ranges.isEmpty() || ranges.get(ranges.size() - 1)[1] != fd) {
                ranges.add(new int[] {g, fd});
            }
        }
        Bytes.Out out = new Bytes.Out();
        out.u8(3).u16(ranges.size());
        for (int[] range : ranges) {
            out.u16(range[0]).u8(range[1]);
        }
        return out.u16(glyphs.length).toByteArray();
    }
}
