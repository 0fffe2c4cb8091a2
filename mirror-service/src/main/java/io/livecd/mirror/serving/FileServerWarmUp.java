package io.livecd.mirror.serving;

import io.livecd.mirror.MirrorServiceProperties;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.FindingFile;
import io.livecd.mirror.cache.infrastructure.WarmUpFront;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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

			@Override
			public void get(ArtifactKey key) throws IOException {
				FileServerWarmUp.this.get(server.port(), key);
				FileServerWarmUp.this.get(server.port(), key);
			}

			@Override
			public void close() {
				server.stop();
			}

		};
	}

	private void get(int port, ArtifactKey key) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(Math.toIntExact(this.timeout.toMillis()));
			socket.getOutputStream()
				.write(("GET /livecd/" + key.path() + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			byte[] status = in.readNBytes(12);
			in.transferTo(OutputStream.nullOutputStream());
			if (!new String(status, StandardCharsets.US_ASCII).equals("HTTP/1.1 200")) {
				throw new IOException(
						"the warm-up got " + new String(status, StandardCharsets.US_ASCII) + " for " + key);
			}
		}
	}

}
