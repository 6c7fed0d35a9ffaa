package press.render.deflate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** The JDK's zlib as a reader of our streams: it checks the header, every code and the Adler-32 at the end. */
final class Inflation {

    private Inflation() {
    }

    /** The stream inflated; nothing may follow its checksum. */
    static byte[] inflate(byte[] stream) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int length = inflater.inflate(buffer);
                if (length == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("the stream ends before its block does");
                }
                out.write(buffer, 0, length);
            }
            assertEquals(0, inflater.getRemaining(), "nothing after the checksum");
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
