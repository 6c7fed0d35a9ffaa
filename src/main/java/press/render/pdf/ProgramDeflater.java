package press.render.pdf;

import press.fonts.opentype.FontProgram;

/** What compresses a font program into the data of its FlateDecode stream: a zlib stream that inflates to the program. */
interface ProgramDeflater {

    byte[] deflate(FontProgram font);
}
