package dev.uniform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * A TCP proxy in front of the test database that can sever every connection at once with a reset, as a database that
 * crashes or a node that dies does, and refuse new ones until it is restored: a real outage, with the driver's real
 * failures, that a test can start and end at the moment it chooses.
 */
public final class SeveringProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final IntSupplier targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean severed;

    /**
     * @param targetPort the database's port on this host, asked at each new connection: the embedded server may start
     *     after the proxy does
     */
    public SeveringProxy(IntSupplier targetPort) {
        this.targetPort = targetPort;
        try {
            this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon("severing-proxy-accept", this::acceptUntilClosed).start();
    }

    /** The port to connect to instead of the database's. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Resets every open connection, both ways, and resets each new one until {@link #restore()}. */
    public void sever() {
        severed = true;
        open.forEach(SeveringProxy::reset);
        open.clear();
    }

    /** Lets new connections through again; those severed stay dead, as after a database restart. */
    public void restore() {
        severed = false;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sever();
    }

    private void acceptUntilClosed() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (severed) {
                    reset(client);
                } else {
                    connect(client);
                }
            } catch (IOException closedOrRefused) {
                // The listener closed, or the database refused one connection: the client sees it fail either way.
            }
        }
    }

    private void connect(Socket client) throws IOException {
        Socket server;
        try {
            server = new Socket("localhost", targetPort.getAsInt());
        } catch (IOException refused) {
            reset(client);
            throw refused;
        }
        open.add(client);
        open.add(server);
        daemon("severing-proxy-up", () -> pump(client, server)).start();
        daemon("severing-proxy-down", () -> pump(server, client)).start();
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                out.write(buffer, 0, read);
            }
        } catch (IOException severedOrClosed) {
            // The other pump, or sever(), closes both sockets.
        } finally {
            reset(from);
            reset(to);
            open.remove(from);
            open.remove(to);
        }
    }

    /** Closes with a TCP reset, not a polite FIN: what a peer sees when the other end dies. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException alreadyClosed) {
            // Nothing left to reset.
        }
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }
}
