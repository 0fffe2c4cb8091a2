package io.livecd.build.publish.infrastructure;

import io.minio.MinioAsyncClient;
import io.minio.ObjectWriteResponse;
import io.minio.Signer;
import io.minio.Time;
import io.minio.credentials.Credentials;
import io.minio.http.HttpUtils;
import io.minio.http.Method;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The MinIO client plus two calls on the first {@code length} bytes of an array, without
 * copying them: a PUT, and a multipart part whose request is signed but whose payload is
 * not ({@code UNSIGNED-PAYLOAD}, over http too). The bytes' integrity does not rest on
 * the part's signature: the service hashes the whole artifact while streaming it and
 * refuses (and aborts) an upload that differs from its checksum, and repo-service reads
 * every staged byte again before it promotes anything. Signing the payload would hash
 * every part twice more, once here before it is sent and once in the store, which must
 * then hold the whole part before it writes a byte. The SDK's public
 * {@code uploadPartAsync} also sends a Content-MD5 of every part, a third pass.
 */
class StagingS3Client extends MinioAsyncClient {

	private static final String CONTENT_SHA256 = "x-amz-content-sha256";

	private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

	StagingS3Client(MinioAsyncClient client) {
		super(client);
	}

	/** The HTTP client the calls go through, for requests the SDK does not make. */
	OkHttpClient http() {
		return this.httpClient;
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
		Credentials credentials = this.provider.fetch();
		Request.Builder request = new Request.Builder().url(url)
			.header("Host", HttpUtils.getHostHeader(url))
			.header("Accept-Encoding", "identity")
			.header(CONTENT_SHA256, UNSIGNED_PAYLOAD)
			.header("x-amz-date", ZonedDateTime.now().format(Time.AMZ_DATE_FORMAT))
			.put(RequestBody.create(bytes, null, 0, length));
		if (credentials.sessionToken() != null) {
			request.header("X-Amz-Security-Token", credentials.sessionToken());
		}
		Request signed = Signer.signV4S3(request.build(), region, credentials.accessKey(), credentials.secretKey(),
				UNSIGNED_PAYLOAD);
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

}
