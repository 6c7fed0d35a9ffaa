package press.images;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOWriteProgressListener;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.testing.ImageFiles;

/**
 * Image work obeys its thread's interrupt, which is how the render queue abandons a render at
 * its time limit: a read or write stops within a row or two, and ends in an exception, never
 * in half a picture. Measured in progress, not time, so a busy machine cannot fail them.
 */
class InterruptionTest {

    private static final int SIDE = 1000;

    @AfterEach
    void clearTheInterrupt() {
        Thread.interrupted();
    }

    /**
     * A progress listener, put before the watch, that interrupts its thread once the work is a
     * third done, and keeps the furthest progress it hears of.
     */
    private static <T> T interruptingAtAThird(Class<T> listener, AtomicReference<Float> furthest) {
        return listener.cast(Proxy.newProxyInstance(listener.getClassLoader(), new Class<?>[] {listener},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("imageProgress")) {
                        float done = (Float) arguments[1];
                        furthest.accumulateAndGet(done, Math::max);
                        if (done > 33) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return null;
                }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg"})
    void aReadStopsWithinARowOfItsThreadsInterruptAndThrows(String format) throws Exception {
        byte[] file = ImageFiles.picture(format, SIDE, SIDE, true);
        ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
        AtomicReference<Float> furthest = new AtomicReference<>(0f);
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            reader.setInput(input, true, true);
            reader.addIIOReadProgressListener(interruptingAtAThird(IIOReadProgressListener.class, furthest));
            Watch watch = Watch.of(reader);
            reader.read(0);
            assertThrows(CancellationException.class, watch::verify);
            // a row past the third at most: 1 000 rows make a row a tenth of a percent
            assertTrue(furthest.get() < 35, "the read went on to " + furthest.get() + " %");
        } finally {
            reader.dispose();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpeg"})
    void aWriteStopsWithinARowOfItsThreadsInterruptAndThrows(String format) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ImageFiles.picture("png", SIDE, SIDE, true)));
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        AtomicReference<Float> furthest = new AtomicReference<>(0f);
        try (var output = new MemoryCacheImageOutputStream(new ByteArrayOutputStream())) {
            writer.setOutput(output);
            writer.addIIOWriteProgressListener(interruptingAtAThird(IIOWriteProgressListener.class, furthest));
            Watch watch = Watch.of(writer);
            writer.write(null, new IIOImage(image, null, null), null);
            assertThrows(CancellationException.class, watch::verify);
            assertTrue(furthest.get() < 35, "the write went on to " + furthest.get() + " %");
        } finally {
            writer.dispose();
        }
    }

    @Test
    void anInterruptedThreadDecodesNoFurtherPicture() {
        String uri = ImageFiles.uri("png", ImageFiles.picture("png", 40, 30, false));
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, () -> Images.decode(uri));
        assertThrows(CancellationException.class, () -> Images.check(uri));
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt stays for the render to see");
    }

    /** Issue 34: twenty large pictures held a worker for half a minute after its render was abandoned. */
    @Test
    void aWorkerDecodingTwentyLargePicturesFinishesNoneAfterItsInterrupt() throws Exception {
        String uri = ImageFiles.uri("jpeg", ImageFiles.picture("jpeg", 3000, 3000, true));
        AtomicInteger finished = new AtomicInteger();
        AtomicReference<Throwable> ended = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    Images.decode(uri);
                    finished.incrementAndGet();
                }
            } catch (RuntimeException e) {
                ended.set(e);
            }
        });
        worker.start();
        while (finished.get() == 0 && worker.isAlive()) {
            Thread.sleep(10);
        }
        int before = finished.get();
        worker.interrupt();
        worker.join(120_000);
        assertFalse(worker.isAlive(), "the worker ignored its interrupt");
        assertInstanceOf(CancellationException.class, ended.get());
        // the picture under way when interrupted never completes; one may have finished in between
        assertTrue(finished.get() - before <= 1, (finished.get() - before) + " pictures finished after the interrupt");
        assertTrue(finished.get() < 20);
    }
}
