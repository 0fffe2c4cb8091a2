package io.livecd.build.publish;

import static io.livecd.build.support.ApiClient.JOB;
import static io.livecd.build.support.ApiClient.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.build.publish.application.SweepingStaging;
import io.livecd.build.support.ApiClient;
import io.livecd.build.support.BucketContents;
import io.livecd.build.support.BuildsTopic;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** Aborted and abandoned builds leave no event and, in the end, nothing in staging. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "livecd.auth.tokens=" + ApiClient.TOKENS, "livecd.staging.max-age=2s" })
class AbandonedBuildsIT {

	private final byte[] kernel = new byte[4096];

	@LocalServerPort
	private int port;

	@Autowired
	private Environment environment;

	@Autowired
	private SweepingStaging sweeping;

	private ApiClient api;

	private BuildsTopic topic;

	@BeforeEach
	void setUp() {
		this.api = new ApiClient("http://127.0.0.1:" + this.port, ApiClient.CI_TOKEN);
		this.topic = new BuildsTopic(this.environment.getProperty("spring.kafka.bootstrap-servers"),
				this.environment.getProperty("livecd.events.topic-prefix") + "livecd.builds");
	}

	@Test
	void shouldRemoveEverythingStagedWhenABuildIsAborted() {
		this.api.open(JOB, 1, "speedtest");
		this.api.upload(JOB, 1, "vmlinuz", this.kernel);
		assertThat(stagedKeys(1)).isNotEmpty();

		assertThat(this.api.abort(JOB, 1).statusCode()).isEqualTo(204);

		assertThat(stagedKeys(1)).isEmpty();
		assertThat(this.api.complete(JOB, 1, List.of(entry("vmlinuz", this.kernel))).statusCode()).isEqualTo(404);
		assertThat(this.topic.completed(JOB, 1)).isEmpty();
	}

	@Test
	void shouldSweepBuildsAbandonedLongerThanTheMaximumAgeButKeepPublishedOnes() {
		this.api.open(JOB, 2, "speedtest");
		this.api.upload(JOB, 2, "vmlinuz", this.kernel);
		this.api.open(JOB, 3, "speedtest");
		this.api.upload(JOB, 3, "vmlinuz", this.kernel);
		assertThat(this.api.complete(JOB, 3, List.of(entry("vmlinuz", this.kernel))).statusCode()).isEqualTo(202);

		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
			this.sweeping.sweep();
			assertThat(stagedKeys(2)).isEmpty();
		});

		assertThat(stagedKeys(3)).isNotEmpty();
		assertThat(this.topic.completed(JOB, 2)).isEmpty();
		assertThat(this.topic.completed(JOB, 3)).hasSize(1);
	}

	private List<String> stagedKeys(long build) {
		return BucketContents.keys(this.environment.getProperty("livecd.s3.bucket"))
			.stream()
			.filter((key) -> key.startsWith("staging/" + JOB + "/" + build + "/"))
			.toList();
	}

}
