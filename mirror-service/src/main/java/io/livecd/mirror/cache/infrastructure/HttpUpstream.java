package io.livecd.mirror.cache.infrastructure;

import io.livecd.common.checksum.Sha256;
import io.livecd.mirror.cache.application.Fetch;
import io.livecd.mirror.cache.application.Upstream;
import io.livecd.mirror.cache.application.UpstreamFile;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.http.SpinWait;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upstream over HTTP/1.1, plain or TLS: {@code GET <base>/livecd/builds/{job}/{file}}
 * on a connection of its own, opened ahead as a {@link SpareConnection} where asked for.
 * Blocking, on the thread that asks, so the first client of a miss gets its headers as
 * soon as the upstream answers; a silent upstream fails the read after the timeout, and
 * {@link UpstreamFile#abort()} closes the socket under a blocked read.
 */
final class HttpUpstream implements Upstream, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(HttpUpstream.class);

	/**
	 * For the response head; the body's large reads bypass it. A small first read is what
	 * a miss waits for before its client gets the headers: with 64 KiB, it copied a
	 * window of body bytes and, on loopback, ran the origin's next segments on this
	 * thread.
	 */
	private static final int BUFFER = 8 * 1024;

	/** How long a miss spins for the upstream's first bytes before its read blocks. */
	private static final long ANSWER_SPIN_NANOS = 2_000_000;

	private final String host;

	private final int port;

	private final String basePath;

	private final String hostField;

	private final int timeoutMillis;

	private final SSLSocketFactory tls;

	private final SpareConnection spare;

	HttpUpstream(URI base, Duration timeout) {
		this(base, timeout, null);
	}

	/**
	 * @param tls for an {@code https://} base: whom to trust; the host name is verified
	 * against the certificate
	 */
	HttpUpstream(URI base, Duration timeout, SSLContext tls) {
		this(base, timeout, tls, null);
	}

	/**
	 * @param spareMaxAge with a value: keep a {@link SpareConnection} open, replaced
	 * before it is this old
	 */
	HttpUpstream(URI base, Duration timeout, SSLContext tls, Duration spareMaxAge) {
		boolean https = "https".equals(base.getScheme());
		if (!(https || "http".equals(base.getScheme())) || base.getHost() == null) {
			throw new IllegalArgumentException("the upstream must be an http:// or https:// URL, not " + base);
		}
		this.tls = https ? ((tls != null) ? tls : defaultContext()).getSocketFactory() : null;
		this.host = base.getHost();
		this.port = (base.getPort() > 0) ? base.getPort() : (https ? 443 : 80);
		String path = (base.getRawPath() != null) ? base.getRawPath() : "";
		this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		this.hostField = (base.getPort() > 0) ? this.host + ":" + this.port : this.host;
		this.timeoutMillis = Math.toIntExact(timeout.toMillis());
		this.spare = (spareMaxAge != null) ? new SpareConnection(this::connect, spareMaxAge.toMillis()) : null;
	}

	@Override
	public Fetch fetch(ArtifactKey key) throws IOException {
		Socket ready = (this.spare != null) ? this.spare.take() : null;
		if (ready != null) {
			try {
				return request(ready, key);
			}
			catch (IOException ex) {
				log.debug("The spare connection to the upstream failed ({}); asking on a new one", ex.toString());
			}
		}
		return request(connect(), key);
	}

	@Override
	public void close() {
		if (this.spare != null) {
			this.spare.close();
		}
	}

	/** A new connection to the upstream, its TLS handshake done. */
	private Socket connect() throws IOException {
		Socket socket = new Socket();
		try {
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress(this.host, this.port), this.timeoutMillis);
			socket.setSoTimeout(this.timeoutMillis);
			return (this.tls != null) ? secure(socket) : socket;
		}
		catch (IOException | RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	private Fetch request(Socket socket, ArtifactKey key) throws IOException {
		String target = this.basePath + "/livecd/" + key.path();
		try {
			socket.getOutputStream()
				.write(("GET " + target + " HTTP/1.1\r\nHost: " + this.hostField
						+ "\r\nUser-Agent: livecd-mirror\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			InputStream answer = socket.getInputStream();
			if (this.tls == null) {
				SpinWait.untilReadable(answer, ANSWER_SPIN_NANOS);
			}
			InputStream in = new BufferedInputStream(answer, BUFFER);
			ResponseHead head = ResponseHead.read(in);
			if (head.status() == 200) {
				return new Fetch.Found(new SocketFile(socket, head, BodyStreams.of(in, head)));
			}
			socket.close();
			if (head.status() == 404 || head.status() == 410) {
				return new Fetch.Missing();
			}
			return new Fetch.Refused("upstream answered " + head.status() + " for " + target);
		}
		catch (IOException | RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	private Socket secure(Socket plain) throws IOException {
		SSLSocket socket = (SSLSocket) this.tls.createSocket(plain, this.host, this.port, true);
		SSLParameters parameters = socket.getSSLParameters();
		parameters.setEndpointIdentificationAlgorithm("HTTPS");
		socket.setSSLParameters(parameters);
		try {
			socket.startHandshake();
		}
		catch (SSLException ex) {
			socket.close();
			throw new SSLException("TLS to the upstream " + this.host + ":" + this.port + " failed (is its CA in "
					+ "MIRROR_UPSTREAM_CA_FILE?): " + ex.getMessage(), ex);
		}
		return socket;
	}

	private static SSLContext defaultContext() {
		try {
			return SSLContext.getDefault();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("no default TLS", ex);
		}
	}

	private static final class SocketFile implements UpstreamFile {

		private final Socket socket;

		private final ResponseHead head;

		private final InputStream body;

		SocketFile(Socket socket, ResponseHead head, InputStream body) {
			this.socket = socket;
			this.head = head;
			this.body = body;
		}

		@Override
		public long length() {
			try {
				return this.head.contentLength();
			}
			catch (IOException ex) {
				return -1;
			}
		}

		@Override
		public Optional<String> sha256() {
			String etag = this.head.field("ETag");
			if (etag == null || etag.length() != 66 || etag.charAt(0) != '"' || etag.charAt(65) != '"') {
				return Optional.empty();
			}
			String opaque = etag.substring(1, 65);
			return Sha256.isValid(opaque) ? Optional.of(opaque) : Optional.empty();
		}

		@Override
		public InputStream body() {
			return this.body;
		}

		@Override
		public void abort() {
			close();
		}

		@Override
		public void close() {
			try {
				this.socket.close();
			}
			catch (IOException ex) {
				// the connection is gone either way
			}
		}

	}

}
