package io.livecd.mirror.serving;

import io.livecd.mirror.MirrorServiceProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * A small blocking HTTP/1.1 server for {@code /livecd/} only: every thread of a pool
 * blocks in {@code accept()} on the same listening socket, and the one that gets a
 * connection reads its requests and answers them itself, without handing anything to
 * another thread (nginx's one wake-up per request rather than Tomcat's acceptor, poller
 * and worker). Cache hits leave with sendfile. A thread serves one connection at a time;
 * when fewer than {@code spareThreads} wait in {@code accept()}, a new one starts, up to
 * {@code maxThreads}. Starts before the servlet container and stops after it.
 */
final class FileServer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FileServer.class);

	private static final int BACKLOG = 1024;

	private final ServingFiles serving;

	private final InetSocketAddress address;

	private final MirrorServiceProperties.FileServer settings;

	private final IntConsumer listening;

	private final Set<FileConnection> connections = ConcurrentHashMap.newKeySet();

	private final AtomicInteger threads = new AtomicInteger();

	private final AtomicInteger accepting = new AtomicInteger();

	private volatile ServerSocketChannel listener;

	private ScheduledExecutorService reaper;

	FileServer(ServingFiles serving, InetSocketAddress address, MirrorServiceProperties.FileServer settings,
			IntConsumer listening) {
		this.serving = serving;
		this.address = address;
		this.settings = settings;
		this.listening = listening;
	}

	@Override
	public void start() {
		try {
			ServerSocketChannel channel = ServerSocketChannel.open();
			channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
			channel.bind(this.address, BACKLOG);
			this.listener = channel;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the file server cannot listen on " + this.address, ex);
		}
		this.reaper = Executors.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("livecd-files-reaper"));
		this.reaper.scheduleWithFixedDelay(this::reap, 1, 1, TimeUnit.SECONDS);
		for (int i = 0; i < this.settings.spareThreads(); i++) {
			spawn();
		}
		log.debug("Serving /livecd/ on port {} ({} threads waiting)", port(), this.settings.spareThreads());
		this.listening.accept(port());
	}

	int port() {
		return this.listener.socket().getLocalPort();
	}

	@Override
	public void stop() {
		ServerSocketChannel channel = this.listener;
		this.listener = null;
		try {
			channel.close();
		}
		catch (IOException ex) {
			log.debug("Closing the listening socket failed: {}", ex.toString());
		}
		this.reaper.shutdownNow();
		this.connections.forEach((connection) -> connection.io().abort());
	}

	@Override
	public boolean isRunning() {
		return this.listener != null;
	}

	/** Listening before the servlet container starts, closed after it stopped. */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
	}

	private void spawn() {
		int number = this.threads.incrementAndGet();
		Thread thread = new Thread(this::acceptLoop, "livecd-files-" + number);
		thread.setDaemon(true);
		thread.start();
	}

	private void acceptLoop() {
		ChannelIo.Buffers buffers = ChannelIo.Buffers.allocate();
		ServerSocketChannel channel;
		while ((channel = this.listener) != null) {
			SocketChannel accepted;
			this.accepting.incrementAndGet();
			try {
				accepted = channel.accept();
			}
			catch (IOException ex) {
				if (this.listener != null) {
					log.warn("Accepting a connection failed: {}", ex.toString());
				}
				continue;
			}
			finally {
				if (this.accepting.decrementAndGet() < this.settings.spareThreads()) {
					spawnIfBelowMax();
				}
			}
			serve(accepted, buffers);
		}
		this.threads.decrementAndGet();
	}

	private void spawnIfBelowMax() {
		if (this.listener != null && this.threads.get() < this.settings.maxThreads()) {
			spawn();
		}
	}

	private void serve(SocketChannel accepted, ChannelIo.Buffers buffers) {
		FileConnection connection = new FileConnection(
				new ChannelIo(accepted, this.settings.idleTimeout().toNanos(), buffers), this.serving);
		this.connections.add(connection);
		try {
			accepted.setOption(StandardSocketOptions.TCP_NODELAY, true);
			connection.run();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("A connection of the file server failed: {}", ex.toString());
			connection.io().close();
		}
		finally {
			this.connections.remove(connection);
		}
	}

	/**
	 * Shuts down connections whose read or write made no progress for the idle timeout.
	 */
	private void reap() {
		long now = System.nanoTime();
		for (FileConnection connection : this.connections) {
			if (connection.io().expired(now)) {
				connection.io().abort();
			}
		}
	}

}
