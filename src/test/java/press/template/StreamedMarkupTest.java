package press.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StreamedMarkupTest {

    private static final String LONG = "<p>" + "全州政务服务中心办结事项。".repeat(3_000) + "</p>";

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder read = new StringBuilder();
        char[] buffer = new char[1000];
        for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
            read.append(buffer, 0, n);
        }
        return read.toString();
    }

    @Test
    void theReaderGivesTheMarkupAsTheTemplateWroteItInManyChunks() throws IOException {
        StreamedMarkup markup = new StreamedMarkup(out -> {
            for (char c : LONG.toCharArray()) {
                write(out, String.valueOf(c));
            }
        });
        assertEquals(LONG, readAll(markup.reader()));
        assertEquals(LONG, markup.whole());
    }

    @Test
    void aTemplateThatFailsEndsTheReaderWithAnErrorAndTheWholeMarkupWithItsFailure() {
        IllegalStateException fault = new IllegalStateException("a rate above 100 %");
        StreamedMarkup markup = new StreamedMarkup(out -> {
            write(out, LONG);
            throw fault;
        });
        IOException ended = assertThrows(IOException.class, () -> readAll(markup.reader()));
        assertSame(fault, ended.getCause());
        assertSame(fault, assertThrows(IllegalStateException.class, markup::whole));
    }

    @Test
    void aTemplateThatFailsAfterWhatWasReadStillFailsTheJoin() throws IOException {
        IllegalStateException fault = new IllegalStateException("refused after the last tag");
        StreamedMarkup markup = new StreamedMarkup(out -> {
            write(out, "<bulletin/>");
            throw fault;
        });
        char[] first = new char[11];
        int read = 0;
        Reader reader = markup.reader();
        while (read < first.length) {
            read += reader.read(first, read, first.length - read);
        }
        assertEquals("<bulletin/>", new String(first));
        assertSame(fault, assertThrows(IllegalStateException.class, markup::join));
    }

    @Test
    void whenNoCoreIsSpareTheReadingThreadRunsTheTemplateItself() throws Exception {
        int spare = ForkJoinPool.getCommonPoolParallelism();
        CountDownLatch busy = new CountDownLatch(spare);
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < spare; i++) {
            ForkJoinPool.commonPool().execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            busy.await();
            AtomicReference<Thread> reading = new AtomicReference<>();
            AtomicReference<Thread> writer = new AtomicReference<>();
            StreamedMarkup markup = new StreamedMarkup(out -> {
                writer.set(Thread.currentThread());
                write(out, LONG);
            });
            // a hang guard only: without the fallback the read would wait for a core that never frees
            String read = assertTimeoutPreemptively(Duration.ofMinutes(1),
                    () -> {
                        reading.set(Thread.currentThread());
                        return readAll(markup.reader());
                    });
            assertEquals(LONG, read);
            assertSame(reading.get(), writer.get());
        } finally {
            release.countDown();
        }
    }

    @Test
    void anEmptyTemplateGivesAnEmptyMarkup() throws IOException {
        StreamedMarkup markup = new StreamedMarkup(out -> {
        });
        assertEquals("", readAll(markup.reader()));
        assertEquals("", markup.whole());
    }
}
