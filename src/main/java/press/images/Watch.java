package press.images;

import java.util.concurrent.CancellationException;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.event.IIOWriteProgressListener;

/**
 * Watches one read or write as it goes, row by row: stops it when its thread is interrupted (a
 * render abandoned at its time limit), since ImageIO never looks at the interrupt itself, and
 * remembers the first warning, since a reader warns and carries on where it should fail (a
 * JPEG cut short is printed half grey). An aborted read returns a half picture as if nothing
 * happened, so {@link #verify} turns either into an exception. The interrupt is left set, for
 * the render's own checks to see.
 */
final class Watch implements IIOReadProgressListener, IIOReadWarningListener, IIOWriteProgressListener {

    private final Runnable abort;
    private String warning;

    private Watch(Runnable abort) {
        this.abort = abort;
    }

    /** A watch on the reader, listening to it. */
    static Watch of(ImageReader reader) {
        Watch watch = new Watch(reader::abort);
        reader.addIIOReadProgressListener(watch);
        reader.addIIOReadWarningListener(watch);
        return watch;
    }

    /** A watch on the writer, listening to it. */
    static Watch of(ImageWriter writer) {
        Watch watch = new Watch(writer::abort);
        writer.addIIOWriteProgressListener(watch);
        return watch;
    }

    /** Between two pieces of image work: an abandoned render goes no further. */
    static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw abandoned();
        }
    }

    private static CancellationException abandoned() {
        return new CancellationException("the image work was abandoned: its thread was interrupted");
    }

    /**
     * After the read or write: an interrupted one throws CancellationException, a warned one
     * IllegalArgumentException with the warning.
     */
    void verify() {
        check();
        if (warning != null) {
            throw new IllegalArgumentException("the image is damaged: " + warning);
        }
    }

    /** Asks again at every row: a reader may clear a request made before it started. */
    private void progress() {
        if (Thread.currentThread().isInterrupted()) {
            abort.run();
        }
    }

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        if (this.warning == null) {
            this.warning = warning;
            abort.run(); // the rest of a damaged picture is not worth decoding
        }
    }

    @Override
    public void imageProgress(ImageReader source, float percentageDone) {
        progress();
    }

    @Override
    public void imageProgress(ImageWriter source, float percentageDone) {
        progress();
    }

    @Override
    public void sequenceStarted(ImageReader source, int minIndex) {
    }

    @Override
    public void sequenceComplete(ImageReader source) {
    }

    @Override
    public void imageStarted(ImageReader source, int imageIndex) {
        progress();
    }

    @Override
    public void imageComplete(ImageReader source) {
    }

    @Override
    public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
    }

    @Override
    public void thumbnailProgress(ImageReader source, float percentageDone) {
    }

    @Override
    public void thumbnailComplete(ImageReader source) {
    }

    @Override
    public void readAborted(ImageReader source) {
    }

    @Override
    public void imageStarted(ImageWriter source, int imageIndex) {
        progress();
    }

    @Override
    public void imageComplete(ImageWriter source) {
    }

    @Override
    public void thumbnailStarted(ImageWriter source, int imageIndex, int thumbnailIndex) {
    }

    @Override
    public void thumbnailProgress(ImageWriter source, float percentageDone) {
    }

    @Override
    public void thumbnailComplete(ImageWriter source) {
    }

    @Override
    public void writeAborted(ImageWriter source) {
    }
}
