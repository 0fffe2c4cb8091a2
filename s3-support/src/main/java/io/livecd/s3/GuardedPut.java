package io.livecd.s3;

import io.minio.Signer;
import io.minio.Time;
import io.minio.http.HttpUtils;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.BooleanSupplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * A PUT of a stream of known length into the bucket that holds back its last byte until a
 * check passes. The request is signed with the store's keys, its payload is not
 * ({@code UNSIGNED-PAYLOAD}: the caller hashes the bytes itself, and a signed payload
 * would make the store hold and hash the whole body before writing it). When the source
 * ends early, has bytes beyond the length, or the check fails, the request is cut off
 * before its last byte: a store never keeps an object whose body ended before its
 * {@code Content-Length}, so nothing is written. The request fails at once, so OkHttp
 * drops its connection and the store sees the body end there.
 * <p>
 * The source may be read on the calling thread as it arrives, and the check may wait: a
 * caller that streams its own input hands it over through a pipe and answers the check
 * once it has decided.
 */
public final class GuardedPut {

	/** The largest object S3 takes in one PUT. */
	public static final long MAX_LENGTH = 5L * 1024 * 1024 * 1024;

	private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

	private static final int BUFFER = 64 * 1024;

	private final OkHttpClient http;

	private final HttpUrl bucketUrl;

	private final String region;

	private final String accessKey;

	private final String secretKey;

	public GuardedPut(OkHttpClient http, String endpoint, String bucket, String region, String accessKey,
			String secretKey) {
		this.http = http;
		this.bucketUrl = HttpUrl.get(endpoint).newBuilder().addPathSegment(bucket).build();
		this.region = region;
		this.accessKey = accessKey;
		this.secretKey = secretKey;
	}

	/**
	 * Writes {@code length} bytes of {@code source} to {@code key} with the given user
	 * metadata, if {@code check} passes once they are read.
	 * @return whether the object was written; {@code false} when the source or the check
	 * refused it (nothing was written)
	 * @throws IOException when the store failed or answered with an error, or reading the
	 * source failed
	 */
	public boolean put(String key, InputStream source, long length, Map<String, String> metadata, BooleanSupplier check)
			throws IOException {
		HttpUrl url = this.bucketUrl.newBuilder().addPathSegments(key).build();
		Guarded body = new Guarded(source, length, check);
		Request.Builder request = new Request.Builder().url(url)
			.header("Host", HttpUtils.getHostHeader(url))
			.header("x-amz-content-sha256", UNSIGNED_PAYLOAD)
			.header("x-amz-date", ZonedDateTime.now().format(Time.AMZ_DATE_FORMAT))
			.put(body);
		metadata.forEach((name, value) -> request.header("x-amz-meta-" + name, value));
		Request signed;
		try {
			signed = Signer.signV4S3(request.build(), this.region, this.accessKey, this.secretKey, UNSIGNED_PAYLOAD);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("cannot sign the PUT of " + key, ex);
		}
		try (Response response = this.http.newCall(signed).execute()) {
			if (!response.isSuccessful()) {
				throw new IOException("S3 answered the PUT of " + key + " with HTTP " + response.code() + ": "
						+ ((response.body() != null) ? response.body().string() : ""));
			}
			return true;
		}
		catch (IOException ex) {
			if (body.refused) {
				return false;
			}
			throw ex;
		}
	}

	/**
	 * The body: every byte but the last as it is read, the last only once the check
	 * passes.
	 */
	private static final class Guarded extends RequestBody {

		private final InputStream source;

		private final long length;

		private final BooleanSupplier check;

		private volatile boolean refused;

		Guarded(InputStream source, long length, BooleanSupplier check) {
			this.source = source;
			this.length = length;
			this.check = check;
		}

		@Override
		public MediaType contentType() {
			return null;
		}

		@Override
		public long contentLength() {
			return this.length;
		}

		@Override
		public boolean isOneShot() {
			return true;
		}

		@Override
		public void writeTo(BufferedSink sink) throws IOException {
			byte[] buffer = new byte[BUFFER];
			long before = this.length - 1;
			while (before > 0) {
				int n = this.source.read(buffer, 0, (int) Math.min(buffer.length, before));
				if (n < 0) {
					throw refuse("the source ended " + before + " bytes early");
				}
				sink.write(buffer, 0, n);
				before -= n;
			}
			int last = this.source.read();
			if (last < 0) {
				throw refuse("the source ended 1 byte early");
			}
			if (this.source.read() >= 0) {
				throw refuse("the source is longer than " + this.length + " bytes");
			}
			if (!this.check.getAsBoolean()) {
				throw refuse("the check failed");
			}
			sink.writeByte(last);
		}

		private IOException refuse(String why) {
			this.refused = true;
			return new IOException("PUT cut off before its last byte: " + why);
		}

	}

}
