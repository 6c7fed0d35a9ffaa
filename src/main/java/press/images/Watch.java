package press.images;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Watches one read as it goes: remembers the first warning, since a reader warns and carries on
 * where it should fail (a JPEG cut short is printed half grey), and {@link #verify} turns it
 * into an exception.
 */
final class Watch implements IIOReadWarningListener {

    private final Runnable abort;
    private String warning;

    private Watch(Runnable abort) {
        this.abort = abort;
    }

    /** A watch on the reader, listening to it. */
    static Watch of(ImageReader reader) {
        Watch watch = new Watch(reader::abort);
        reader.addIIOReadWarningListener(watch);
        return watch;
    }

    /** After the read: a warned one throws IllegalArgumentException with the warning. */
    void verify() {
        if (warning != null) {
            throw new IllegalArgumentException("the image is damaged: " + warning);
        }
    }

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        if (this.warning == null) {
            this.warning = warning;
            abort.run(); // the rest of a damaged picture is not worth decoding
        }
    }
}
