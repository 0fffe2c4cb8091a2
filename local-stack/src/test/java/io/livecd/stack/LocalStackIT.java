package io.livecd.stack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import io.livecd.common.event.Topics;
import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code up --detach} and {@code down} for real, on free ports and a temporary data
 * folder, with the service jars of this checkout (skipped, saying how to build them,
 * where they are missing).
 */
class LocalStackIT {

	@TempDir
	Path home;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void shouldStartEverythingThenStopAllOfIt() throws Exception {
		assumeTrue(TestStacks.jarsBuilt(), TestStacks.JARS_MISSING);
		StackSettings settings = TestStacks.settings(TestStacks.environment(this.home));
		LocalStack stack = new LocalStack(settings, new PrintStream(this.output, true, StandardCharsets.UTF_8));
		try {
			assertThat(stack.up(true)).as(this::output).isZero();
			StackDescription described = StackFile.read(this.home.resolve("stack.json")).orElseThrow();
			assertThat(described.services()).hasSize(3)
				.allSatisfy((name, url) -> assertThat(Readiness.healthUp(url)).isTrue());
			assertThat(described.mirrors()).containsOnlyKeys("ams", "nyc")
				.allSatisfy((location, url) -> assertThat(Readiness.healthUp(url)).isTrue());
			assertThat(described.boot()).containsOnlyKeys("ams", "nyc");
			for (String boot : described.boot().values()) {
				assertThat(fileServerAnswer(boot + "/actuator/health")).contains("serves files under /livecd/ only");
			}
			assertThat(topics(described.kafka().bootstrap())).containsAll(Topics.ALL)
				.contains(Topics.deadLetter(Topics.ALIASES));
			assertThat(bucketExists(described.s3())).isTrue();
			assertThat(described.foreman().source()).isEqualTo("simulator");
			assertThat(foremanAnswers(described.foreman(), "/api/hosts/node2.nyc.example.net")).isEqualTo(200);
			assertThat(foremanAnswers(described.foreman(), "/api/locations/1/parameters")).isEqualTo(200);
			List<RecordedProcess> running = new ProcessTable(this.home.resolve("run")).running();
			assertThat(running).extracting(RecordedProcess::name)
				.containsExactlyInAnyOrder("kafka", "s3", "foreman-simulator", "repo-service", "build-service",
						"foreman-bridge", "mirror-ams", "mirror-nyc");

			assertThat(stack.up(true)).isEqualTo(1);
			assertThat(output()).contains("is already running");

			assertThat(stack.down()).isZero();
			assertThat(running).allSatisfy((process) -> assertThat(process.live()).isEmpty());
			assertThat(this.home.resolve("stack.json")).doesNotExist();
			assertThat(Ports.inUse(settings.ports())).isEmpty();
		}
		finally {
			stack.down();
		}
	}

	private String output() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	/** The status of a GET with the stack's Foreman credentials. */
	private static int foremanAnswers(StackDescription.Foreman foreman, String path) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((foreman.user() + ":" + foreman.password()).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(foreman.url() + path))
			.header("Authorization", "Basic " + basic)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/**
	 * What a mirror's file server, which serves nothing but {@code /livecd/}, answers.
	 */
	private static String fileServerAnswer(String url) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		return response.body();
	}

	private static Set<String> topics(String bootstrap) throws Exception {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		try (Admin admin = Admin.create(config)) {
			return admin.listTopics().names().get();
		}
	}

	private static boolean bucketExists(StackDescription.S3 s3) throws Exception {
		try (MinioClient client = MinioClient.builder()
			.endpoint(s3.endpoint())
			.region(s3.region())
			.credentials(s3.accessKey(), s3.secretKey())
			.build()) {
			return client.bucketExists(BucketExistsArgs.builder().bucket(s3.bucket()).build());
		}
	}

}
