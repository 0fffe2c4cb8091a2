package io.livecd.build.publish.infrastructure;

import io.livecd.common.checksum.Sha256;
import io.minio.MinioAsyncClient;
import io.minio.ObjectWriteResponse;
import io.minio.Signer;
import io.minio.Time;
import io.minio.credentials.Credentials;
import io.minio.http.HttpUtils;
import io.minio.http.Method;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The MinIO client plus two calls on the first {@code length} bytes of an array, without
 * copying them: a PUT, and a multipart part signed the way the SDK signs the parts of its
 * own {@code putObject} (payload SHA-256 over http, {@code UNSIGNED-PAYLOAD} over https).
 * The SDK's public {@code uploadPartAsync} also sends a Content-MD5 of every part, which
 * costs more CPU than receiving, hashing and sending the part together.
 */
class StagingS3Client extends MinioAsyncClient {

	private static final String CONTENT_SHA256 = "x-amz-content-sha256";

	StagingS3Client(MinioAsyncClient client) {
		super(client);
	}

	CompletableFuture<ObjectWriteResponse> putBytes(String bucket, String region, String key, byte[] bytes, int length)
			throws Exception {
		return putObjectAsync(bucket, region, key, bytes, length, null, null);
	}

	/** Uploads one part; completes with its ETag. */
	CompletableFuture<String> uploadPart(String bucket, String region, String key, String uploadId, int number,
			byte[] bytes, int length) throws Exception {
		HttpUrl url = buildUrl(Method.PUT, bucket, key, region,
				newMultimap("partNumber", Integer.toString(number), "uploadId", uploadId));
		String payload = url.isHttps() ? "UNSIGNED-PAYLOAD" : sha256(bytes, length);
		Credentials credentials = this.provider.fetch();
		Request.Builder request = new Request.Builder().url(url)
			.header("Host", HttpUtils.getHostHeader(url))
			.header("Accept-Encoding", "identity")
			.header(CONTENT_SHA256, payload)
			.header("x-amz-date", ZonedDateTime.now().format(Time.AMZ_DATE_FORMAT))
			.put(RequestBody.create(bytes, null, 0, length));
		if (credentials.sessionToken() != null) {
			request.header("X-Amz-Security-Token", credentials.sessionToken());
		}
		Request signed = Signer.signV4S3(request.build(), region, credentials.accessKey(), credentials.secretKey(),
				payload);
		CompletableFuture<String> etag = new CompletableFuture<>();
		this.httpClient.newCall(signed).enqueue(new Callback() {

			@Override
			public void onFailure(Call call, IOException ex) {
				etag.completeExceptionally(ex);
			}

			@Override
			public void onResponse(Call call, Response response) throws IOException {
				try (response) {
					String tag = response.header("ETag");
					if (response.isSuccessful() && tag != null) {
						etag.complete(tag.replace("\"", ""));
					}
					else {
						String body = (response.body() != null) ? response.body().string() : "";
						etag.completeExceptionally(new IOException("S3 answered part " + number + " of " + key
								+ " with HTTP " + response.code() + ": " + body));
					}
				}
			}

		});
		return etag;
	}

	private static String sha256(byte[] bytes, int length) {
		MessageDigest digest = Sha256.newDigest();
		digest.update(bytes, 0, length);
		return Sha256.hex(digest);
	}

}
