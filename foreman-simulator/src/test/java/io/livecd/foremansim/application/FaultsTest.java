package io.livecd.foremansim.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.foremansim.model.Fault;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FaultsTest {

	private final SimulatedForeman sim = new SimulatedForeman();

	@Test
	void shouldFailTheNextRequestsAndThenRecover() {
		sim.foreman.faults().add(new Fault(500, Duration.ZERO, null, 2, null));

		assertThat(sim.get("/api/common_parameters").status()).isEqualTo(500);
		assertThat(SimulatedForeman.json(sim.get("/api/common_parameters")).get("error").get("message").asString())
			.isEqualTo("Simulated fault");
		assertThat(sim.get("/api/common_parameters").status()).isEqualTo(200);
	}

	@Test
	void shouldFailOnlyUnderThePathPrefixAndOnlyUntilItsEnd() {
		sim.foreman.faults()
			.add(new Fault(503, Duration.ZERO, "/api/locations/2/", -1, SimulatedForeman.NOW.plusSeconds(1)));
		sim.foreman.faults().add(new Fault(500, Duration.ZERO, "/api/locations/1/", -1, Instant.EPOCH));

		assertThat(sim.get("/api/v2/locations/2/parameters").status()).isEqualTo(503);
		assertThat(sim.get("/api/locations/1/parameters").status()).isEqualTo(200);
	}

	@Test
	void shouldRecordRequestsWithTheirAnswers() {
		sim.foreman.faults().add(new Fault(500, Duration.ZERO, null, 1, null));
		sim.get("/api/locations/1/parameters?search=name+%3D+x");

		assertThat(sim.foreman.requests().all()).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/api/locations/1/parameters");
			assertThat(request.query()).isEqualTo("search=name+%3D+x");
			assertThat(request.status()).isEqualTo(500);
		});
	}

}
