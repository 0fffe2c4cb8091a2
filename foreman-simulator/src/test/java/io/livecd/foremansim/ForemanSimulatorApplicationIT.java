package io.livecd.foremansim;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.foremansim.application.Foreman;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The service form: the local stack's seed from {@code foreman-simulator.yml}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.name=foreman-simulator")
class ForemanSimulatorApplicationIT {

	@Autowired
	private Foreman foreman;

	@Test
	void shouldSeedTheLocalStacksLocationsAndHosts() {
		assertThat(this.foreman.inventory().location(1))
			.hasValueSatisfying((l) -> assertThat(l.name()).isEqualTo("ams"));
		assertThat(this.foreman.inventory().location(2))
			.hasValueSatisfying((l) -> assertThat(l.name()).isEqualTo("nyc"));
		assertThat(this.foreman.inventory().findHost("node1.nyc.example"))
			.hasValueSatisfying((host) -> assertThat(host.locationId()).isEqualTo(2));
	}

}
