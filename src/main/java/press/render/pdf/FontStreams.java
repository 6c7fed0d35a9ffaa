package press.render.pdf;

import java.util.Objects;
import press.fonts.opentype.FontProgram;

/**
 * One embedded subset made ready to write, away from the writer: its program cut and deflated,
 * its name, its widths and its ToUnicode map deflated. What is left for the document's close is
 * to put these into OpenPDF's objects.
 *
 * @param program the subset's program, for its descriptor's figures
 * @param name the font's name with its subset tag
 * @param deflatedProgram the program's FlateDecode data
 * @param widths the CID font's W array, or null when every glyph is 1000 wide
 * @param deflatedToUnicode the ToUnicode CMap's FlateDecode data
 */
record FontStreams(FontProgram program, String name, byte[] deflatedProgram, String widths, byte[] deflatedToUnicode) {

    FontStreams {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(name, "name");
        deflatedProgram = deflatedProgram.clone();
        deflatedToUnicode = deflatedToUnicode.clone();
    }

    @Override
    public byte[] deflatedProgram() {
        return deflatedProgram.clone();
    }

    @Override
    public byte[] deflatedToUnicode() {
        return deflatedToUnicode.clone();
    }
}
