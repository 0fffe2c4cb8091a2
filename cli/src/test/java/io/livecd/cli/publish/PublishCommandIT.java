package io.livecd.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.BuildCompleted;
import io.livecd.testkit.Infrastructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code livecd publish} against build-service's real jar, the real broker and S3. */
class PublishCommandIT {

	private static final String CI_TOKEN = "ci-token-of-the-cli-test";

	private static final String JOB = "build_iso_speedtest_el8";

	private static BuildServiceJar service;

	private static TopicEvents events;

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@BeforeAll
	static void startBuildService() {
		Map<String, Object> infrastructure = Infrastructure.shared().springProperties();
		Map<String, String> environment = new HashMap<>();
		environment.put("KAFKA_BOOTSTRAP", (String) infrastructure.get("spring.kafka.bootstrap-servers"));
		environment.put("S3_ENDPOINT", (String) infrastructure.get("livecd.s3.endpoint"));
		environment.put("S3_ACCESS_KEY", (String) infrastructure.get("livecd.s3.access-key"));
		environment.put("S3_SECRET_KEY", (String) infrastructure.get("livecd.s3.secret-key"));
		environment.put("S3_REGION", (String) infrastructure.get("livecd.s3.region"));
		environment.put("S3_BUCKET", (String) infrastructure.get("livecd.s3.bucket"));
		environment.put("LIVECD_TOPIC_PREFIX", (String) infrastructure.get("livecd.events.topic-prefix"));
		environment.put("LIVECD_TOKENS",
				"cli-test:ci:" + Sha256.of(CI_TOKEN.getBytes(StandardCharsets.UTF_8)) + ",ops:ops:" + "0".repeat(64));
		service = BuildServiceJar.start(environment, Path.of("target", "publish-command-it", "build-service.log"));
		events = new TopicEvents(environment.get("KAFKA_BOOTSTRAP"),
				environment.get("LIVECD_TOPIC_PREFIX") + "livecd.builds");
	}

	@AfterAll
	static void stopBuildService() throws InterruptedException {
		if (service != null) {
			service.close();
		}
	}

	@Test
	void shouldPublishEveryFileAndPrintTheEventIdAndTheSameIdWhenRunAgain() throws IOException {
		List<Path> files = List.of(file("speedtest.squashfs", 20 << 20), file("initrd.img", 3 << 20),
				file("vmlinuz", 1000));

		int exit = publish(Map.of("LIVECD_TOKEN", CI_TOKEN), 42, files, "--server", service.url(), "--kernel",
				"4.18.0-553.el8_10.x86_64", "--git-commit", "0123abcd", "--ci-url", "https://ci.example/42/");

		assertThat(exit).as(this.err.toString()).isZero();
		String eventId = this.out.toString().strip();
		assertThat(events.of(JOB, 42)).singleElement().satisfies((event) -> {
			assertThat(event.id()).isEqualTo(eventId);
			assertThat(event.artifacts()).containsExactlyInAnyOrderElementsOf(artifacts(files));
		});
		assertThat(this.err.toString()).contains("Uploaded speedtest.squashfs (20.0 MiB, sha256 ",
				"speedtest.squashfs: 100% (20.0 MiB of 20.0 MiB");

		this.out.getBuffer().setLength(0);
		assertThat(publish(Map.of("LIVECD_TOKEN", CI_TOKEN), 42, files, "--server", service.url(), "--kernel",
				"4.18.0-553.el8_10.x86_64", "--git-commit", "0123abcd", "--ci-url", "https://ci.example/42/"))
			.isZero();
		assertThat(this.out.toString().strip()).isEqualTo(eventId);
		assertThat(events.of(JOB, 42)).extracting(BuildCompleted::id).containsExactly(eventId);
	}

	@Test
	void shouldFindTheLocalStackAndItsTokenWithoutFlags() throws IOException {
		Path home = Files.createDirectories(this.dir.resolve("stack-home"));
		Files.writeString(home.resolve("stack.json"), "{\"services\":{\"build-service\":\"" + service.url()
				+ "\"},\"tokens\":{\"ci\":\"" + CI_TOKEN + "\"}}");
		List<Path> files = List.of(file("vmlinuz", 4096));

		int exit = publish(Map.of("LIVECD_HOME", home.toString()), 43, files, "--kernel", "5.14.0", "--git-commit",
				"abcdef0", "--ci-url", "https://ci.example/43/");

		assertThat(exit).as(this.err.toString()).isZero();
		assertThat(events.of(JOB, 43)).singleElement()
			.satisfies((event) -> assertThat(event.id()).isEqualTo(this.out.toString().strip()));
	}

	@Test
	void shouldExitNonZeroWithOneLineForAWrongToken() throws IOException {
		int exit = publish(Map.of("LIVECD_TOKEN", "wrong"), 44, List.of(file("vmlinuz", 10)), "--server",
				service.url());

		assertThat(exit).isEqualTo(1);
		assertThat(this.err.toString()).isEqualTo("livecd publish: opening " + JOB
				+ " #44 failed: 401 Authentication required: the bearer token is not valid" + System.lineSeparator());
		assertThat(events.of(JOB, 44)).isEmpty();
	}

	private int publish(Map<String, String> env, long build, List<Path> files, String... options) {
		List<String> args = new ArrayList<>(
				List.of("--job", JOB, "--build", Long.toString(build), "--image", "speedtest"));
		args.addAll(List.of(options));
		files.forEach((file) -> args.add(file.toString()));
		CommandLine command = new CommandLine(new PublishCommand(env, this.dir, false, (duration) -> {
		}));
		command.setOut(new PrintWriter(this.out, true));
		command.setErr(new PrintWriter(this.err, true));
		return command.execute(args.toArray(String[]::new));
	}

	private Path file(String name, int size) throws IOException {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return Files.write(this.dir.resolve(name), bytes);
	}

	private static List<Artifact> artifacts(List<Path> files) throws IOException {
		List<Artifact> artifacts = new ArrayList<>();
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				artifacts.add(new Artifact(file.getFileName().toString(), Files.size(file), Sha256.of(in)));
			}
		}
		return artifacts;
	}

}
