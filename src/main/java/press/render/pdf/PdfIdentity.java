package press.render.pdf;

import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import press.fonts.opentype.FontProgram;
import press.model.Metadata;
import press.render.DocumentDate;

/**
 * What makes the same document the same bytes: its dates come from its data
 * ({@link DocumentDate}), its file
 * identifier from a hash of its content, its font subsets' tags from the subsets' own bytes.
 * OpenPDF would take the clock, the free memory and a random number for them.
 */
final class PdfIdentity {

    /** The trailer's file identifier: two 16-byte hex strings, the last such entry of the file. */
    private static final Pattern FILE_ID = Pattern.compile("/ID ?\\[<([0-9a-fA-F]{32})> ?<([0-9a-fA-F]{32})>\\]");
    private static final int TAIL = 2048;
    private static final Pattern START_XREF = Pattern.compile("startxref\\s+(\\d+)");

    private PdfIdentity() {
    }

    /** Sets the information dictionary's dates; after the document opens, before the XMP copies them. */
    static void date(PdfWriter writer, Metadata metadata) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(DocumentDate.of(metadata).toEpochMilli());
        PdfDate date = new PdfDate(calendar);
        writer.getInfo().put(PdfName.CREATIONDATE, date);
        writer.getInfo().put(PdfName.MODDATE, date);
    }

    /**
     * The finished file with its identifier replaced by the first 16 bytes of the SHA-256 of the
     * file as it would read with an identifier of zeros: the same content, the same identifier.
     * The identifier's length does not change, so no offset moves.
     */
    static byte[] identify(byte[] pdf) {
        int from = trailer(pdf);
        String tail = new String(pdf, from, Math.min(pdf.length - from, TAIL), StandardCharsets.ISO_8859_1);
        Matcher matcher = FILE_ID.matcher(tail);
        int[] found = null;
        while (matcher.find()) {
            found = new int[] {from + matcher.start(1), from + matcher.start(2)};
        }
        if (found == null) {
            throw new IllegalStateException("the PDF has no file identifier in its trailer");
        }
        byte[] zero = "0".repeat(32).getBytes(StandardCharsets.US_ASCII);
        for (int at : found) {
            System.arraycopy(zero, 0, pdf, at, 32);
        }
        byte[] id = HexFormat.of().formatHex(sha256(pdf), 0, 16).getBytes(StandardCharsets.US_ASCII);
        for (int at : found) {
            System.arraycopy(id, 0, pdf, at, 32);
        }
        return pdf;
    }

    /**
     * Where the trailer starts: the cross-reference stream's dictionary, which holds the
     * identifier, is at the offset after the last "startxref"; a tagged document's stream is
     * long, so the identifier can lie far from the end of the file.
     */
    private static int trailer(byte[] pdf) {
        int from = Math.max(0, pdf.length - 64);
        Matcher matcher = START_XREF.matcher(new String(pdf, from, pdf.length - from, StandardCharsets.ISO_8859_1));
        if (!matcher.find()) {
            throw new IllegalStateException("the PDF has no startxref");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /**
     * Six capital letters and a plus, from the font's name and the characters of its glyphs: the
     * same glyphs of the same font, the same tag. (Hashing the program itself, a quarter of a
     * megabyte for the body face, cost more than the rest of writing the font.)
     */
    static String subsetPrefix(FontProgram font) {
        int[] unicodes = font.unicodes();
        byte[] name = font.postScriptName().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer both = ByteBuffer.allocate(name.length + 4 * unicodes.length).put(name);
        both.asIntBuffer().put(unicodes);
        byte[] hash = sha256(both.array());
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            prefix.append((char) ('A' + (hash[i] & 0xff) * 26 / 256));
        }
        return prefix.append('+').toString();
    }

    static SecureRandom subsetTag(byte[] subset) {
        return new SubsetTag(sha256(subset));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** OpenPDF draws a subset tag from six doubles; these come from a hash, in order. */
    private static final class SubsetTag extends SecureRandom {

        private final byte[] hash;
        private int next;

        SubsetTag(byte[] hash) {
            super(new byte[0]);
            this.hash = hash;
        }

        @Override
        public synchronized double nextDouble() {
            int value = hash[next++ % hash.length] & 0xff;
            return value / 256.0;
        }
    }
}
