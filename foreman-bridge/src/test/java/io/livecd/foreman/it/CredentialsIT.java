package io.livecd.foreman.it;

import static io.livecd.foreman.it.Builds.path;
import static io.livecd.foreman.it.Builds.squashfs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdateReason;
import io.livecd.kafka.EventPublisher;
import io.livecd.testkit.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Foreman credentials never reach the logs: every line this JVM prints while a bridge
 * starts, writes to Foreman with a token from a file, and fails with a wrong password, at
 * DEBUG, is searched for them.
 */
@ExtendWith(OutputCaptureExtension.class)
class CredentialsIT {

	private static final String WRONG_PASSWORD = "Wrong-Pass-e41b07";

	@Test
	void shouldNeverLogTheCredentials(CapturedOutput output, @TempDir Path dir) throws Exception {
		Path tokenFile = Files.writeString(dir.resolve("foreman-token"), TestForeman.TOKEN + "\n");
		AliasTarget build = squashfs(801);
		try (TestForeman foreman = TestForeman.start()) {
			String topics = Infrastructure.shared().newTopicPrefix();
			try (ConfigurableApplicationContext bridge = Bridges.start(foreman, topics,
					"--livecd.foreman.password-file=" + tokenFile, "--logging.level.io.livecd=DEBUG")) {
				EventPublisher events = bridge.getBean(EventPublisher.class);
				Builds.move(events, Builds.SQUASHFS, build, AliasUpdateReason.PUBLISH);
				Builds.synced(events, "ams", build);
				await().atMost(Duration.ofSeconds(30))
					.untilAsserted(() -> assertThat(foreman.location(1, "live_squash")).hasValue(path(build)));
			}
			try (ConfigurableApplicationContext bridge = Bridges.start(foreman,
					Infrastructure.shared().newTopicPrefix(), "--livecd.foreman.password=" + WRONG_PASSWORD,
					"--logging.level.io.livecd=DEBUG")) {
				EventPublisher events = bridge.getBean(EventPublisher.class);
				Builds.move(events, Builds.SQUASHFS, squashfs(802), AliasUpdateReason.PUBLISH);
				Builds.synced(events, "nyc", squashfs(802));
				await().atMost(Duration.ofSeconds(30))
					.untilAsserted(() -> assertThat(output.getAll()).contains("Giving up on Foreman location:nyc"));
			}
		}

		assertThat(output.getAll()).contains("Foreman location:ams live_squash", "password=*****", "401")
			.doesNotContain(TestForeman.TOKEN, TestForeman.PASSWORD, WRONG_PASSWORD, basic(TestForeman.TOKEN),
					basic(WRONG_PASSWORD));
	}

	private static String basic(String secret) {
		return Base64.getEncoder().encodeToString((TestForeman.USER + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

}
