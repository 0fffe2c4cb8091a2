package io.livecd.foremansim;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.foremansim.model.Level;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator over real HTTP, started as a library the way other modules' tests do. */
class ForemanSimulatorIT {

	private static final String ADMIN = "Basic "
			+ Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8));

	private static ForemanSimulator simulator;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void start() {
		simulator = ForemanSimulator.start("foreman-sim.password=s3cret", "foreman-sim.locations[0].id=3",
				"foreman-sim.locations[0].name=ams", "foreman-sim.hostgroups[0].id=1",
				"foreman-sim.hostgroups[0].name=speedtest", "foreman-sim.hosts[0].name=node1.ams.example",
				"foreman-sim.hosts[0].location-id=3", "foreman-sim.hosts[0].hostgroup-id=1");
	}

	@AfterAll
	static void stop() {
		simulator.close();
	}

	@Test
	void shouldAnswer401WithoutAChallenge() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/common_parameters")).GET().build());

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		assertThat(response.body()).isEqualTo("{\"error\":{\"message\":\"Unable to authenticate user \"}}");
	}

	@Test
	void shouldCreateWithPreemptiveBasicAuthAndJson() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v2/locations/3/parameters"))
			.header("Authorization", ADMIN)
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString("{\"parameter\":{\"name\":\"live_squash\",\"value\":\"a\"}}"))
			.build());

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.headers().firstValue("Foreman_api_version")).hasValue("2");
		assertThat(simulator.state().parameters().writes(Level.LOCATION, 3, "live_squash")).isEqualTo(1);
	}

	@Test
	void shouldSeedAndInjectFaultsThroughItsOwnApi() throws Exception {
		HttpResponse<String> seeded = send(HttpRequest.newBuilder(uri("/__sim/hosts"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"node2.ams.example\",\"locationId\":3}"))
			.build());
		HttpResponse<String> fault = send(HttpRequest.newBuilder(uri("/__sim/faults"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"status\":502,\"count\":1,\"pathPrefix\":\"/api/hosts/\"}"))
			.build());

		HttpRequest show = HttpRequest.newBuilder(uri("/api/hosts/node2.ams.example"))
			.header("Authorization", ADMIN)
			.build();
		assertThat(seeded.statusCode()).isEqualTo(201);
		assertThat(fault.statusCode()).isEqualTo(201);
		assertThat(send(show).statusCode()).isEqualTo(502);
		assertThat(send(show).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldRefuseAnInvalidSeedWithAProblem() throws Exception {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/__sim/hosts"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x.example\",\"locationId\":99}"))
			.build());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("no location with id 99");
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(String path) {
		return simulator.url().resolve(path);
	}

}
