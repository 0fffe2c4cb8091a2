package io.livecd.foreman.parameters.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livecd.foreman.parameters.model.Outcome;
import io.livecd.foreman.parameters.model.Scope;
import io.livecd.foreman.parameters.model.TftpTarget;
import io.livecd.foremansim.ForemanSimulator;
import io.livecd.foremansim.model.Fault;
import io.livecd.foremansim.model.Level;
import io.livecd.foremansim.model.RecordedRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the simulator, over HTTP. */
class ForemanApiClientIT {

	private static final Scope AMS = new Scope.Location("ams", 3);

	private static final Scope.Host NODE = new Scope.Host("node1.ams.example");

	private static ForemanSimulator foreman;

	private ForemanApiClient client;

	@BeforeAll
	static void start() {
		foreman = ForemanSimulator.start("foreman-sim.password=s3cret", "foreman-sim.locations[0].id=3",
				"foreman-sim.locations[0].name=ams", "foreman-sim.hostgroups[0].id=1",
				"foreman-sim.hostgroups[0].name=speedtest", "foreman-sim.hosts[0].name=node1.ams.example",
				"foreman-sim.hosts[0].location-id=3", "foreman-sim.hosts[0].hostgroup-id=1");
	}

	@AfterAll
	static void stop() {
		foreman.close();
	}

	@BeforeEach
	void fresh() {
		foreman.state().reset();
		this.client = Clients.client(foreman.url(), "s3cret", Duration.ofSeconds(15));
	}

	@Test
	void shouldCreateThenLeaveThenUpdateAParameter() {
		assertThat(client.set(AMS, "live_squash", "builds/a/s-1.squashfs"))
			.isEqualTo(new Outcome.Written(null, "builds/a/s-1.squashfs"));
		assertThat(client.set(AMS, "live_squash", "builds/a/s-1.squashfs"))
			.isEqualTo(new Outcome.Unchanged("builds/a/s-1.squashfs"));
		assertThat(client.set(AMS, "live_squash", "builds/a/s-2.squashfs"))
			.isEqualTo(new Outcome.Written("builds/a/s-1.squashfs", "builds/a/s-2.squashfs"));

		assertThat(foreman.state().parameters().writes(Level.LOCATION, 3, "live_squash")).isEqualTo(2);
	}

	@Test
	void shouldSetGlobalAndHostParametersAndRemoveThem() {
		client.set(new Scope.Global(), "livesystem_url", "http://repo.example/livecd");
		client.set(NODE, "hk_speedtest_autotask", "wipe");

		assertThat(client.remove(NODE, "hk_speedtest_autotask")).isEqualTo(new Outcome.Written("wipe", null));
		assertThat(client.remove(NODE, "hk_speedtest_autotask")).isEqualTo(new Outcome.Unchanged(null));
		assertThat(foreman.state().parameters().of(Level.GLOBAL, 0)).hasSize(1);
	}

	@Test
	void shouldCompareHiddenValuesInTheClear() {
		foreman.state()
			.parameters()
			.create(Level.LOCATION, 3, new io.livecd.foremansim.model.ParameterDraft("live_squash", "v", null, true));

		assertThat(client.set(AMS, "live_squash", "v")).isEqualTo(new Outcome.Unchanged("v"));
	}

	@Test
	void shouldSendNeitherTaxonomyIdsNorParameterAttributes() {
		client.set(AMS, "live_squash", "a");
		client.set(AMS, "live_squash", "b");
		client.set(NODE, "hk_speedtest_autotask", "wipe");
		client.remove(NODE, "hk_speedtest_autotask");
		client.rebuildTftp(new TftpTarget.Hostgroup(1));

		assertThat(foreman.state().requests().all()).isNotEmpty().allSatisfy((RecordedRequest request) -> {
			assertThat(request.query() + request.body()).doesNotContain("location_id", "organization_id",
					"_parameters_attributes");
			assertThat(request.status()).isLessThan(300);
		});
	}

	@Test
	void shouldRebuildTheTftpFilesOfAHostgroupAndOfAHost() {
		client.set(AMS, "live_squash", "builds/a/s-3.squashfs");

		assertThat(client.rebuildTftp(new TftpTarget.Hostgroup(1))).isEqualTo(new Outcome.Rebuilt());
		assertThat(client.rebuildTftp(new TftpTarget.Host("node1.ams.example"))).isEqualTo(new Outcome.Rebuilt());
		assertThat(foreman.state().tftp().read("node1.ams.example")).hasValueSatisfying((file) -> {
			assertThat(file.content()).contains("/builds/a/s-3.squashfs ");
			assertThat(file.writes()).isEqualTo(2);
		});
	}

	@Test
	void shouldGiveUpAtOnceOnAnUnknownLocationOrHost() {
		Outcome location = client.set(new Scope.Location("fra", 99), "live_squash", "a");
		Outcome host = client.set(new Scope.Host("nope.example"), "hk_speedtest_autotask", "wipe");

		assertThat(location)
			.isEqualTo(new Outcome.Failed("Foreman answered 404 reading live_squash: Location with id 99 not found"
					+ " (does the location, host or host group exist in Foreman?)", false));
		assertThat(host).isInstanceOfSatisfying(Outcome.Failed.class,
				(failed) -> assertThat(failed.retryable()).isFalse());
	}

	@Test
	void shouldGiveUpAtOnceOnWrongCredentialsWithoutNamingThePassword() {
		Outcome outcome = Clients.client(foreman.url(), "wrong-password", Duration.ofSeconds(15))
			.set(AMS, "live_squash", "a");

		assertThat(outcome).isInstanceOfSatisfying(Outcome.Failed.class, (failed) -> {
			assertThat(failed.retryable()).isFalse();
			assertThat(failed.reason()).contains("401", "Unable to authenticate user admin")
				.doesNotContain("wrong-password");
		});
	}

	@Test
	void shouldRetryServerErrorsAndTimeOutWhenSlow() {
		foreman.state().faults().add(new Fault(500, Duration.ZERO, null, 1, null));
		assertThat(client.set(AMS, "live_squash", "a")).isInstanceOfSatisfying(Outcome.Failed.class,
				(failed) -> assertThat(failed.retryable()).isTrue());

		foreman.state().faults().add(new Fault(0, Duration.ofSeconds(3), null, 1, null));
		ForemanApiClient impatient = Clients.client(foreman.url(), "s3cret", Duration.ofMillis(500));
		assertThatThrownBy(() -> impatient.set(AMS, "live_squash", "a")).isInstanceOf(ForemanUnreachable.class)
			.hasMessageContaining("GET api/locations/3/parameters");
	}

}
