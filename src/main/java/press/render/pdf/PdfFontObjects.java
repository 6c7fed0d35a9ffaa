package press.render.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfLiteral;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfRectangle;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.Deflater;
import press.fonts.opentype.FontProgram;

/**
 * One embedded subset written as the PDF objects of a Type0 font with Identity-H encoding: the
 * font program, its descriptor, the CID font with its widths, the ToUnicode map. OpenPDF would
 * write the same objects, but it cuts the subset again and deflates the program with the
 * default strategy; a CJK subset's outlines barely compress (224 KB to 197 KB), and Huffman
 * coding alone gets within 1 % of that in a third of the time (README, Benchmarks). A CFF
 * program is coded by its source's {@link press.render.deflate.GlyphDeflater}, which codes each glyph once per
 * process; a TrueType one, rare in a document, by the JDK's zlib, Huffman coding only.
 */
final class PdfFontObjects {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private PdfFontObjects() {
    }

    /**
     * Cuts a planned subset and makes its streams: what takes the time, done by any thread
     * while the pages are painted.
     */
    static FontStreams prepare(EmbeddedFont embedded) {
        FontProgram font = embedded.plan().cut().program();
        String name = PdfIdentity.subsetPrefix(font) + font.postScriptName() + (font.cff() ? "-Identity-H" : "");
        return new FontStreams(font, name, embedded.deflater().deflate(font), widths(font.widths()),
                deflated(toUnicode(font)));
    }

    /** Writes the font under {@code reference}, the reference the pages' resources already name. */
    static void write(PdfWriter writer, PdfIndirectReference reference, FontStreams streams) throws IOException {
        FontProgram font = streams.program();
        String name = streams.name();
        PdfIndirectReference program = writer.addToBody(program(font, streams.deflatedProgram())).getIndirectReference();
        PdfIndirectReference descriptor = writer.addToBody(descriptor(font, name, program)).getIndirectReference();
        PdfIndirectReference descendant = writer.addToBody(cidFont(font, name, descriptor, streams.widths()))
                .getIndirectReference();
        PdfIndirectReference toUnicode = writer.addToBody(flate(streams.deflatedToUnicode())).getIndirectReference();
        PdfDictionary type0 = new PdfDictionary(PdfName.FONT);
        type0.put(PdfName.SUBTYPE, PdfName.TYPE0);
        type0.put(PdfName.BASEFONT, new PdfName(name));
        type0.put(PdfName.ENCODING, new PdfName("Identity-H"));
        type0.put(PdfName.DESCENDANTFONTS, new PdfArray(descendant));
        type0.put(PdfName.TOUNICODE, toUnicode);
        writer.addToBody(type0, reference);
    }

    private static PdfStream program(FontProgram font, byte[] deflated) {
        PdfStream stream = flate(deflated);
        if (font.cff()) {
            stream.put(PdfName.SUBTYPE, new PdfName("CIDFontType0C"));
        } else {
            stream.put(new PdfName("Length1"), new PdfNumber(font.length()));
        }
        return stream;
    }

    private static PdfStream flate(byte[] deflated) {
        PdfStream stream = new PdfStream(deflated);
        stream.put(PdfName.FILTER, PdfName.FLATEDECODE);
        return stream;
    }

    /** The program deflated by the JDK's zlib at the fastest level, Huffman coding only. */
    static byte[] huffmanOnly(FontProgram font) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setStrategy(Deflater.HUFFMAN_ONLY);
        return deflate(deflater, font.programBuffer(), font.length() + font.length() / 8 + 64);
    }

    /** A ToUnicode map deflated at the fastest level, as the writer deflates its other streams. */
    private static byte[] deflated(byte[] map) {
        return deflate(new Deflater(Deflater.BEST_SPEED), java.nio.ByteBuffer.wrap(map), map.length / 2 + 64);
    }

    private static byte[] deflate(Deflater deflater, java.nio.ByteBuffer input, int expected) {
        deflater.setInput(input);
        deflater.finish();
        byte[] out = new byte[expected];
        int length = 0;
        while (!deflater.finished()) {
            if (length == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            length += deflater.deflate(out, length, out.length - length);
        }
        deflater.end();
        return Arrays.copyOf(out, length);
    }

    private static PdfDictionary descriptor(FontProgram font, String name, PdfIndirectReference program) {
        PdfDictionary descriptor = new PdfDictionary(PdfName.FONTDESCRIPTOR);
        int[] box = font.box();
        descriptor.put(PdfName.FONTNAME, new PdfName(name));
        descriptor.put(PdfName.FLAGS, new PdfNumber(font.flags()));
        descriptor.put(PdfName.FONTBBOX, new PdfRectangle(box[0], box[1], box[2], box[3]));
        descriptor.put(PdfName.ITALICANGLE, new PdfNumber((float) font.italicAngle()));
        descriptor.put(PdfName.ASCENT, new PdfNumber(font.ascent()));
        descriptor.put(PdfName.DESCENT, new PdfNumber(font.descent()));
        descriptor.put(PdfName.CAPHEIGHT, new PdfNumber(font.capHeight()));
        descriptor.put(PdfName.STEMV, new PdfNumber(80));
        descriptor.put(font.cff() ? PdfName.FONTFILE3 : PdfName.FONTFILE2, program);
        return descriptor;
    }

    private static PdfDictionary cidFont(FontProgram font, String name, PdfIndirectReference descriptor, String widths) {
        PdfDictionary cid = new PdfDictionary(PdfName.FONT);
        cid.put(PdfName.SUBTYPE, font.cff() ? PdfName.CIDFONTTYPE0 : PdfName.CIDFONTTYPE2);
        cid.put(PdfName.BASEFONT, new PdfName(name));
        cid.put(PdfName.FONTDESCRIPTOR, descriptor);
        if (!font.cff()) {
            cid.put(PdfName.CIDTOGIDMAP, PdfName.IDENTITY);
        }
        PdfDictionary system = new PdfDictionary();
        system.put(PdfName.REGISTRY, new PdfString("Adobe"));
        system.put(PdfName.ORDERING, new PdfString("Identity"));
        system.put(PdfName.SUPPLEMENT, new PdfNumber(0));
        cid.put(PdfName.CIDSYSTEMINFO, system);
        cid.put(PdfName.DW, new PdfNumber(1000));
        if (widths != null) {
            cid.put(PdfName.W, new PdfLiteral(widths));
        }
        return cid;
    }

    /** Widths other than the default 1000, in runs of consecutive CIDs: {@code [2 [500 500] 9 [250]]}; null if none. */
    private static String widths(int[] widths) {
        StringBuilder w = new StringBuilder("[");
        int last = -2;
        for (int glyph = 0; glyph < widths.length; glyph++) {
            if (widths[glyph] == 1000) {
                continue;
            }
            if (glyph == last + 1) {
                w.append(' ');
            } else {
                w.append(last < 0 ? "" : "] ").append(glyph).append(" [");
            }
            w.append(widths[glyph]);
            last = glyph;
        }
        return last >= 0 ? w.append("]]").toString() : null;
    }

    /** Each glyph to the character it draws (UTF-16BE, a pair for a character beyond the BMP). */
    private static byte[] toUnicode(FontProgram font) {
        int[] unicodes = font.unicodes();
        StringBuilder map = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        StringBuilder block = new StringBuilder();
        int inBlock = 0;
        for (int glyph = 1; glyph < unicodes.length; glyph++) {
            if (unicodes[glyph] < 0) {
                continue;
            }
            block.append('<').append(HEX.toHexDigits((short) glyph)).append("> <");
            for (char unit : Character.toChars(unicodes[glyph])) {
                block.append(HEX.toHexDigits(unit));
            }
            block.append(">\n");
            // a bfchar block holds at most 100 entries
            if (++inBlock == 100) {
                map.append(inBlock).append(" beginbfchar\n").append(block).append("endbfchar\n");
                block.setLength(0);
                inBlock = 0;
            }
        }
        if (inBlock > 0) {
            map.append(inBlock).append(" beginbfchar\n").append(block).append("endbfchar\n");
        }
        map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return map.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
