package io.livecd.mirror.cache.infrastructure;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * One connection to the upstream opened ahead of the next miss, so that the miss does not
 * wait for the handshake (TCP, and TLS if any). A background thread opens a new one
 * shortly after each is taken, and replaces one older than {@code maxAge} (upstreams
 * close connections that stay silent; nginx after 60 s, Tomcat after 20 to 60 s). A
 * connection the upstream closed anyway fails its first request, and the caller falls
 * back to a new one.
 */
final class SpareConnection implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SpareConnection.class);

	private static final long REOPEN_DELAY_MILLIS = 20;

	/** Opens a connection to the upstream. */
	interface Connector {

		Socket connect() throws IOException;

	}

	private final Connector connector;

	private final long maxAgeNanos;

	private final ScheduledExecutorService opener;

	private Socket socket;

	private long openedAt;

	private boolean closed;

	SpareConnection(Connector connector, long maxAgeMillis) {
		this.connector = connector;
		this.maxAgeNanos = TimeUnit.MILLISECONDS.toNanos(maxAgeMillis);
		CustomizableThreadFactory threads = new CustomizableThreadFactory("upstream-spare-");
		threads.setDaemon(true);
		this.opener = Executors.newSingleThreadScheduledExecutor(threads);
		this.opener.scheduleWithFixedDelay(this::renew, 0, maxAgeMillis / 2, TimeUnit.MILLISECONDS);
	}

	/** The spare connection, or {@code null} when there is none; a new one follows. */
	Socket take() {
		Socket taken;
		synchronized (this) {
			taken = this.socket;
			this.socket = null;
			if (this.closed) {
				return null;
			}
		}
		this.opener.schedule(this::open, REOPEN_DELAY_MILLIS, TimeUnit.MILLISECONDS);
		return taken;
	}

	@Override
	public void close() {
		Socket spare;
		synchronized (this) {
			this.closed = true;
			spare = this.socket;
			this.socket = null;
		}
		this.opener.shutdownNow();
		closeQuietly(spare);
	}

	/** Replaces a spare older than half its life, or opens one if there is none. */
	private void renew() {
		Socket old = null;
		synchronized (this) {
			if (this.socket != null && System.nanoTime() - this.openedAt > this.maxAgeNanos / 2) {
				old = this.socket;
				this.socket = null;
			}
		}
		closeQuietly(old);
		open();
	}

	private void open() {
		synchronized (this) {
			if (this.closed || this.socket != null) {
				return;
			}
		}
		Socket opened;
		try {
			opened = this.connector.connect();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("No spare connection to the upstream: {}", ex.toString());
			return;
		}
		synchronized (this) {
			if (!this.closed && this.socket == null) {
				this.socket = opened;
				this.openedAt = System.nanoTime();
				return;
			}
		}
		closeQuietly(opened);
	}

	private static void closeQuietly(Socket socket) {
		if (socket == null) {
			return;
		}
		try {
			socket.close();
		}
		catch (IOException ex) {
			log.debug("Closing a spare connection: {}", ex.toString());
		}
	}

}
