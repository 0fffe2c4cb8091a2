package io.livecd.mirror.cache.infrastructure;

import io.livecd.common.checksum.Sha256;
import io.livecd.mirror.cache.application.Fetch;
import io.livecd.mirror.cache.application.Upstream;
import io.livecd.mirror.cache.application.UpstreamFile;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Optional;

/**
 * The upstream over HTTP: {@code GET <base>/livecd/builds/{job}/{file}}. Blocking, with
 * pooled keep-alive connections, so the thread that downloads is the one that reads the
 * socket; a silent upstream fails the read after the timeout.
 */
final class HttpUpstream implements Upstream {

	private final String base;

	private final int timeoutMillis;

	HttpUpstream(URI base, Duration timeout) {
		String url = base.toString();
		this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
		this.timeoutMillis = Math.toIntExact(timeout.toMillis());
	}

	@Override
	public Fetch fetch(ArtifactKey key) throws IOException {
		URL url = URI.create(this.base + "/livecd/" + key.path()).toURL();
		HttpURLConnection connection = (HttpURLConnection) url.openConnection();
		connection.setConnectTimeout(this.timeoutMillis);
		connection.setReadTimeout(this.timeoutMillis);
		connection.setInstanceFollowRedirects(false);
		connection.setUseCaches(false);
		int status = connection.getResponseCode();
		if (status == HttpURLConnection.HTTP_OK) {
			return new Fetch.Found(new HttpUpstreamFile(connection));
		}
		discard(connection);
		if (status == HttpURLConnection.HTTP_NOT_FOUND || status == HttpURLConnection.HTTP_GONE) {
			return new Fetch.Missing();
		}
		return new Fetch.Refused("upstream answered " + status + " for " + url);
	}

	private static void discard(HttpURLConnection connection) {
		try (InputStream error = connection.getErrorStream()) {
			if (error != null) {
				error.transferTo(OutputStream.nullOutputStream());
			}
		}
		catch (IOException ex) {
			connection.disconnect();
		}
	}

	private static final class HttpUpstreamFile implements UpstreamFile {

		private final HttpURLConnection connection;

		private final InputStream body;

		HttpUpstreamFile(HttpURLConnection connection) throws IOException {
			this.connection = connection;
			this.body = connection.getInputStream();
		}

		@Override
		public long length() {
			return this.connection.getContentLengthLong();
		}

		@Override
		public Optional<String> sha256() {
			String etag = this.connection.getHeaderField("ETag");
			if (etag == null || !etag.startsWith("\"") || !etag.endsWith("\"") || etag.length() < 2) {
				return Optional.empty();
			}
			String opaque = etag.substring(1, etag.length() - 1);
			return Sha256.isValid(opaque) ? Optional.of(opaque) : Optional.empty();
		}

		@Override
		public InputStream body() {
			return this.body;
		}

		@Override
		public void close() throws IOException {
			this.body.close();
		}

	}

}
