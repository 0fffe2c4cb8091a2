package io.livecd.mirror.serving;

import io.livecd.mirror.MirrorServiceProperties;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.FindingFile;
import io.livecd.mirror.cache.infrastructure.ResponseHead;
import io.livecd.mirror.cache.infrastructure.WarmUpFront;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * The start-up warm-up through a throwaway {@link FileServer} on the loopback interface
 * that serves from the warm-up's cache: each file is asked for twice, each time on a new
 * connection, first as a miss and then as a hit, so accepting, parsing, streaming a fill
 * and sendfile are all compiled before the first client.
 */
final class FileServerWarmUp implements WarmUpFront {

	private final JsonMapper json;

	private final Duration timeout;

	FileServerWarmUp(JsonMapper json, Duration timeout) {
		this.json = json;
		this.timeout = timeout;
	}

	@Override
	public Client open(FindingFile finding) {
		ServingFiles serving = new ServingFiles(finding, new AliasTable(), new FillReplies(this.timeout), this.json,
				new ServingMeters(new SimpleMeterRegistry()));
		FileServer server = new FileServer(serving, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
				new MirrorServiceProperties.FileServer(0, 2, 16, this.timeout), (port) -> {
				});
		server.start();
		return new Client() {

			private final AtomicInteger asked = new AtomicInteger();

			@Override
			public void get(ArtifactKey key) throws IOException {
				boolean keepAlive = this.asked.getAndIncrement() % 2 == 0;
				FileServerWarmUp.this.get(server.port(), key, keepAlive);
				FileServerWarmUp.this.get(server.port(), key, keepAlive);
			}

			@Override
			public void close() {
				server.stop();
			}

		};
	}

	/**
	 * One request on a new connection. A client like curl or iPXE keeps the connection
	 * open, reads the body by its {@code Content-Length} and then closes; another asks
	 * the server to close. Both kinds, so neither branch is new to the JIT later.
	 */
	private void get(int port, ArtifactKey key, boolean keepAlive) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(Math.toIntExact(this.timeout.toMillis()));
			socket.getOutputStream()
				.write(("GET /livecd/" + key.path() + " HTTP/1.1\r\nHost: localhost\r\n"
						+ (keepAlive ? "User-Agent: livecd-warmup\r\nAccept: */*\r\n" : "Connection: close\r\n")
						+ "\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			InputStream in = new BufferedInputStream(socket.getInputStream());
			ResponseHead head = ResponseHead.read(in);
			if (head.status() != 200) {
				throw new IOException("the warm-up got " + head.status() + " for " + key);
			}
			long length = head.contentLength();
			if (keepAlive && length >= 0) {
				in.skipNBytes(length);
			}
			else {
				in.transferTo(OutputStream.nullOutputStream());
			}
		}
	}

}
