package press.template;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import press.failure.Failure;
import press.failure.Reason;
import press.parallel.Background;

/**
 * A template's markup read while the template still writes it: the template runs on a spare core
 * and hands over its output in chunks, which {@link #reader()} gives the markup reader as they
 * come; where no core is spare, the reading thread runs the template itself first. The reader
 * ends only after the template has finished without fault; {@link #join()} says whether it did,
 * and {@link #whole()} gives all the markup, for a refusal said at the template line.
 */
public final class StreamedMarkup {

    private static final int CHUNK = 8 * 1024;
    /** Put after the last chunk, whether the template finished or failed. */
    private static final char[] END = new char[0];

    private final BlockingQueue<char[]> chunks = new LinkedBlockingQueue<>();
    /** Every chunk in order, read only once the template is done. */
    private final List<char[]> written = new ArrayList<>();
    private final Background<Void> template;
    private volatile boolean abandoned;

    StreamedMarkup(Consumer<Writer> template) {
        this.template = Background.start(() -> {
            try (ChunkWriter out = new ChunkWriter()) {
                template.accept(out);
            } finally {
                chunks.add(END);
            }
            return null;
        });
    }

    /** The markup as the template writes it; fails at its end if the template failed. */
    public Reader reader() {
        return new ChunkReader();
    }

    /** Waits for the template to finish. @throws RuntimeException what the template failed with */
    public void join() {
        template.join();
    }

    /** All the markup the template wrote. @throws RuntimeException what the template failed with */
    public String whole() {
        join();
        StringBuilder markup = new StringBuilder();
        written.forEach(markup::append);
        return markup.toString();
    }

    /** Stops the template at its next write: the render was abandoned, its markup will not be read. */
    private void abandon() {
        abandoned = true;
    }

    /** Collects the template's output into chunks and hands each over when full. */
    private final class ChunkWriter extends Writer {

        private char[] chunk = new char[CHUNK];
        private int length;

        @Override
        public void write(char[] characters, int offset, int count) throws IOException {
            if (abandoned) {
                throw new IOException("the markup is no longer read");
            }
            while (count > 0) {
                int taken = Math.min(count, CHUNK - length);
                System.arraycopy(characters, offset, chunk, length, taken);
                length += taken;
                offset += taken;
                count -= taken;
                if (length == CHUNK) {
                    handOver();
                }
            }
        }

        private void handOver() {
            char[] full = length == CHUNK ? chunk : java.util.Arrays.copyOf(chunk, length);
            written.add(full);
            chunks.add(full);
            chunk = new char[CHUNK];
            length = 0;
        }

        @Override
        public void flush() {
            // a chunk goes when it is full or the template is done: a flush mid-template need not cut one
        }

        @Override
        public void close() {
            if (length > 0) {
                handOver();
            }
        }
    }

    /** Reads the chunks in order; at their end, fails if the template did. */
    private final class ChunkReader extends Reader {

        private char[] current = new char[0];
        private int at;
        private boolean ended;

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            while (at == current.length) {
                if (ended) {
                    return -1;
                }
                char[] next = chunks.poll();
                if (next == null) {
                    template.takeOver();
                    next = take();
                }
                if (next == END) {
                    ended = true;
                    try {
                        join();
                    } catch (RuntimeException failed) {
                        throw new IOException("the template failed before it finished its markup", failed);
                    }
                    return -1;
                }
                current = next;
                at = 0;
            }
            int given = Math.min(count, current.length - at);
            System.arraycopy(current, at, buffer, offset, given);
            at += given;
            return given;
        }

        private char[] take() {
            try {
                return chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandon();
                throw new Failure(Reason.RENDER_TIMEOUT, "the render was abandoned at its time limit");
            }
        }

        @Override
        public void close() {
            // the chunks are the template's; nothing to release
        }
    }
}
