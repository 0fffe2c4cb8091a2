package io.livecd.mirror.cache.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.mirror.cache.application.Fetch;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The upstream client with a spare connection: the request goes out on the connection
 * opened ahead, a new spare follows, and a spare the upstream closed falls back to a new
 * connection.
 */
class SpareConnectionTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final List<Socket> accepted = new CopyOnWriteArrayList<>();

	private final List<Integer> answeredOn = new CopyOnWriteArrayList<>();

	private ServerSocket origin;

	private volatile boolean closeFirst;

	@BeforeEach
	void start() throws IOException {
		this.origin = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
		Thread accepting = new Thread(this::accept, "test-origin");
		accepting.setDaemon(true);
		accepting.start();
	}

	@AfterEach
	void stop() throws IOException {
		this.origin.close();
		for (Socket socket : this.accepted) {
			socket.close();
		}
	}

	@Test
	void shouldAskOnTheConnectionOpenedAheadAndOpenTheNext() throws IOException {
		try (HttpUpstream upstream = upstream()) {
			await().until(() -> this.accepted.size() == 1);

			assertThat(upstream.fetch(new ArtifactKey("job", "file"))).isInstanceOf(Fetch.Found.class);

			assertThat(this.answeredOn).containsExactly(1);
			await().until(() -> this.accepted.size() == 2);
		}
	}

	@Test
	void shouldAskOnANewConnectionWhenTheUpstreamClosedTheSpare() throws IOException {
		this.closeFirst = true;
		try (HttpUpstream upstream = upstream()) {
			await().until(() -> this.accepted.size() == 1 && this.accepted.get(0).isClosed());

			assertThat(upstream.fetch(new ArtifactKey("job", "file"))).isInstanceOf(Fetch.Found.class);

			assertThat(this.answeredOn).hasSize(1).doesNotContain(1);
		}
	}

	private HttpUpstream upstream() {
		return new HttpUpstream(URI.create("http://127.0.0.1:" + this.origin.getLocalPort()), TIMEOUT, null,
				Duration.ofSeconds(20));
	}

	private void accept() {
		try {
			while (true) {
				Socket socket = this.origin.accept();
				this.accepted.add(socket);
				int number = this.accepted.size();
				if (this.closeFirst && number == 1) {
					socket.close();
					continue;
				}
				Thread answering = new Thread(() -> answer(socket, number), "test-origin-" + number);
				answering.setDaemon(true);
				answering.start();
			}
		}
		catch (IOException ex) {
			// the test is over
		}
	}

	private void answer(Socket socket, int number) {
		try (socket) {
			if (LoopbackOrigin.readRequestHead(socket.getInputStream()) == null) {
				return;
			}
			this.answeredOn.add(number);
			socket.getOutputStream()
				.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
					.getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException ex) {
			// the client went away
		}
	}

}
