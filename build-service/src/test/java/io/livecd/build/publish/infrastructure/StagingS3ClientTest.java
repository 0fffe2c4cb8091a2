package io.livecd.build.publish.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.minio.MinioAsyncClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a part upload sends: the request signed with the store's keys, the payload not
 * hashed (the service and repo-service check the artifact's sha256 themselves), and only
 * the first {@code length} bytes of the buffer.
 */
class StagingS3ClientTest {

	private final Map<String, List<String>> headers = new ConcurrentHashMap<>();

	private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

	private HttpServer store;

	private StagingS3Client client;

	@BeforeEach
	void startAStoreThatRecordsRequests() throws IOException {
		this.store = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.store.createContext("/", (exchange) -> {
			exchange.getRequestHeaders().forEach((name, values) -> this.headers.put(name.toLowerCase(), values));
			this.bodies.put(exchange.getRequestURI().getPath(), exchange.getRequestBody().readAllBytes());
			exchange.getResponseHeaders().add("ETag", "\"etag-of-part\"");
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		this.store.start();
		this.client = new StagingS3Client(MinioAsyncClient.builder()
			.endpoint("http://127.0.0.1:" + this.store.getAddress().getPort())
			.credentials("access", "secret-key")
			.region("us-east-1")
			.build());
	}

	@AfterEach
	void stop() throws Exception {
		this.client.close();
		this.store.stop(0);
	}

	@Test
	void shouldSignAPartRequestButSendItsPayloadUnsigned() throws Exception {
		byte[] buffer = { 1, 2, 3, 4, 5, 6, 7, 8 };

		String etag = this.client.uploadPart("livecd", "us-east-1", "staging/j/1/artifacts/a", "upload-1", 3, buffer, 5)
			.join();

		assertThat(etag).isEqualTo("etag-of-part");
		assertThat(this.headers.get("x-amz-content-sha256")).containsExactly("UNSIGNED-PAYLOAD");
		assertThat(this.headers.get("authorization")).singleElement()
			.asString()
			.startsWith("AWS4-HMAC-SHA256 Credential=access/")
			.contains("x-amz-content-sha256");
		assertThat(this.headers).doesNotContainKey("content-md5");
		assertThat(this.bodies.get("/livecd/staging/j/1/artifacts/a")).containsExactly(1, 2, 3, 4, 5);
	}

}
