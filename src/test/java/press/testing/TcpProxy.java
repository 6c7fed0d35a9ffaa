package press.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between a client and a server on this machine, which a test can make fail as a
 * database server fails: stopped ({@link #refuse()}: every connection dropped, new ones refused)
 * or hanging ({@link #hang()}: connections accepted and bytes taken, nothing ever answered).
 */
public final class TcpProxy implements AutoCloseable {

    private final int target;
    private final ServerSocket listener;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean hanging;

    public TcpProxy(int target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().name("proxy-accept").daemon().start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** As a server that hangs: what arrives is swallowed, nothing goes back, new connections are held unanswered. */
    public void hang() {
        hanging = true;
    }

    /** As a stopped server: connections reset, the port no longer listening. */
    public void refuse() {
        close();
    }

    private void accept() {
        try {
            while (!listener.isClosed()) {
                Socket client = listener.accept();
                sockets.add(client);
                if (hanging) {
                    pump(client.getInputStream(), OutputStream.nullOutputStream());
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(server);
                pump(client.getInputStream(), server.getOutputStream());
                pump(server.getInputStream(), client.getOutputStream());
            }
        } catch (IOException e) {
            // closed: the proxy is stopped
        }
    }

    private void pump(InputStream from, OutputStream to) {
        Thread.ofPlatform().name("proxy-pump").daemon().start(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                    if (!hanging) {
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                }
            } catch (IOException e) {
                // one side closed; the other follows when the proxy closes
            }
        });
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }
}
