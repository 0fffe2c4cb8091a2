package io.livecd.foreman.parameters.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.livecd.foreman.parameters.application.UpdatingForemanParameters.RebuildPlan;
import io.livecd.foreman.parameters.model.Intent;
import io.livecd.foreman.parameters.model.Outcome;
import io.livecd.foreman.parameters.model.RetryPolicy;
import io.livecd.foreman.parameters.model.Scope;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UpdatingForemanParametersTest {

	private static final Scope AMS = new Scope.Location("ams", 1);

	private static final Scope NYC = new Scope.Location("nyc", 2);

	private static final Outcome.Failed UNAVAILABLE = new Outcome.Failed("Foreman answered 503", true);

	private final InMemoryForeman foreman = new InMemoryForeman();

	private final RecordedEvents events = new RecordedEvents();

	private final UpdatingForemanParameters updating = new UpdatingForemanParameters(this.foreman, this.events,
			new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(80), () -> 0.5),
			new RebuildPlan(List.of(7L), true));

	@AfterEach
	void stop() {
		this.updating.close();
	}

	@Nested
	class Writing {

		@Test
		void shouldReportAChangeAndRebuildTheConfiguredHostgroups() {
			updating.request(set(AMS, "live_squash", "builds/a/b-2.squashfs"));

			await().untilAsserted(() -> assertThat(foreman.rebuilds).containsExactly("hostgroup:7"));
			assertThat(events.updated).containsExactly("location:ams live_squash: null -> builds/a/b-2.squashfs");
		}

		@Test
		void shouldNeitherWriteNorReportWhenForemanHoldsTheValue() {
			foreman.values.put("location:ams|live_squash", "builds/a/b-2.squashfs");

			updating.request(set(AMS, "live_squash", "builds/a/b-2.squashfs"));
			updating.request(set(NYC, "live_squash", "builds/a/b-2.squashfs"));

			await().untilAsserted(() -> assertThat(foreman.value(NYC, "live_squash")).isPresent());
			await().during(Duration.ofMillis(300)).untilAsserted(() -> {
				assertThat(foreman.writes).containsExactly("location:nyc|live_squash=builds/a/b-2.squashfs");
				assertThat(events.updated).hasSize(1);
			});
		}

		@Test
		void shouldRebuildAHostAfterItsTaskChanged() {
			updating.request(set(new Scope.Host("node1.example"), "hk_speedtest_autotask", "wipe"));

			await().untilAsserted(() -> assertThat(foreman.rebuilds).containsExactly("host:node1.example"));
		}

	}

	@Nested
	class Failing {

		@Test
		void shouldRetryWhileForemanIsUnavailableAndThenWrite() {
			foreman.fail(AMS, 3, UNAVAILABLE);

			updating.request(set(AMS, "live_squash", "v1"));

			await().untilAsserted(() -> assertThat(foreman.value(AMS, "live_squash")).hasValue("v1"));
			assertThat(events.failed).isEmpty();
		}

		@Test
		void shouldKeepTheOrderOfALocationsParametersAcrossRetries() {
			foreman.fail(AMS, 3, UNAVAILABLE);

			updating.request(set(AMS, "livesystem_url", "http://mirror-ams.example/livecd"));
			updating.request(set(AMS, "live_squash", "builds/a/b-2.squashfs"));

			await().untilAsserted(() -> assertThat(foreman.value(AMS, "live_squash")).isPresent());
			assertThat(foreman.calls).containsExactly("location:ams|livesystem_url=http://mirror-ams.example/livecd",
					"location:ams|livesystem_url=http://mirror-ams.example/livecd",
					"location:ams|livesystem_url=http://mirror-ams.example/livecd",
					"location:ams|livesystem_url=http://mirror-ams.example/livecd",
					"location:ams|live_squash=builds/a/b-2.squashfs");
		}

		@Test
		void shouldDeadLetterWithTheReasonAfterTheLastAttempt() {
			foreman.fail(AMS, 4, UNAVAILABLE);

			updating.request(set(AMS, "live_squash", "v1"));

			await().untilAsserted(() -> assertThat(events.failed)
				.containsExactly("location:ams live_squash=v1: Foreman answered 503"));
			assertThat(foreman.writes).isEmpty();
		}

		@Test
		void shouldDeadLetterAtOnceWhatRetryingCannotFix() {
			foreman.fail(AMS, 1, new Outcome.Failed("Foreman answered 404: Location with id 1 not found", false));

			updating.request(set(AMS, "live_squash", "v1"));

			await().untilAsserted(() -> assertThat(events.failed).hasSize(1));
			await().during(Duration.ofMillis(200)).untilAsserted(() -> assertThat(foreman.writes).isEmpty());
		}

		@Test
		void shouldLetANewerValueSupersedeOneThatIsBackingOff() {
			try (UpdatingForemanParameters patient = new UpdatingForemanParameters(foreman, events,
					new RetryPolicy(1000, Duration.ofMillis(10), Duration.ofMillis(40), () -> 0.5),
					new RebuildPlan(List.of(), false))) {
				foreman.fail(AMS, Integer.MAX_VALUE, UNAVAILABLE);
				patient.request(set(AMS, "live_squash", "old"));
				await().until(() -> foreman.attempts(AMS) >= 2);

				patient.request(set(AMS, "live_squash", "new"));
				foreman.recover(AMS);

				await().untilAsserted(() -> assertThat(foreman.value(AMS, "live_squash")).hasValue("new"));
				await().during(Duration.ofMillis(300))
					.untilAsserted(() -> assertThat(foreman.writes).containsExactly("location:ams|live_squash=new"));
				assertThat(events.failed).isEmpty();
			}
		}

		@Test
		void shouldNotLetAStuckLocationDelayAnother() throws Exception {
			CountDownLatch stuck = foreman.hold(AMS);
			try {
				updating.request(set(AMS, "live_squash", "v1"));
				updating.request(set(NYC, "live_squash", "v1"));

				await().atMost(Duration.ofSeconds(5))
					.untilAsserted(() -> assertThat(foreman.value(NYC, "live_squash")).hasValue("v1"));
				assertThat(foreman.value(AMS, "live_squash")).isEmpty();
			}
			finally {
				stuck.countDown();
			}
			await().untilAsserted(() -> assertThat(foreman.value(AMS, "live_squash")).hasValue("v1"));
		}

	}

	private static Intent set(Scope scope, String name, String value) {
		return new Intent.SetParameter(scope, name, value);
	}

}
