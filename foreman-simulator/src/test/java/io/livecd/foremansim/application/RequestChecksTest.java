package io.livecd.foremansim.application;

import static io.livecd.foremansim.application.SimulatedForeman.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.foremansim.model.Level;
import org.junit.jupiter.api.Test;

/** Foreman's checks before an endpoint runs, and their order. */
class RequestChecksTest {

	private static final String BODY = "{\"parameter\":{\"name\":\"x\",\"value\":\"y\"}}";

	private final SimulatedForeman sim = new SimulatedForeman();

	@Test
	void shouldNameTheUserWhosePasswordIsWrong() {
		Reply reply = sim.call("GET", "/api/common_parameters", null, SimulatedForeman.basic("admin", "wrong"), null);

		Golden.assertMatches(reply, 401, "unauthorized-admin.json");
	}

	@Test
	void shouldNameNobodyWithoutCredentials() {
		Golden.assertMatches(sim.call("GET", "/api/common_parameters", null, null, null), 401,
				"unauthorized-anonymous.json");
	}

	@Test
	void shouldAcceptAPersonalAccessTokenAsThePassword() {
		Reply reply = sim.call("GET", "/api/common_parameters", null, SimulatedForeman.basic("admin", "pat-secret"),
				null);

		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void shouldAnswer404ForAnUnknownLocationBeforeCheckingTheMediaType() {
		Reply reply = sim.call("POST", "/api/locations/999/parameters", "text/plain", SimulatedForeman.ADMIN, BODY);

		Golden.assertMatches(reply, 404, "unknown-location.json");
	}

	@Test
	void shouldAnswer415BeforeLookingForAnUnknownHost() {
		Reply reply = sim.call("POST", "/api/hosts/nope.example/parameters", "text/plain", SimulatedForeman.ADMIN,
				BODY);

		assertThat(reply.status()).isEqualTo(415);
		assertThat(json(reply).get("error").get("message").asString())
			.startsWith("Media type in 'Content-Type: text/plain' is unsupported in API v2");
	}

	@Test
	void shouldAnswer404WithAnEmptyIdForAnUnknownHostOnCreate() {
		Reply reply = sim.post("/api/hosts/nope.example/parameters", BODY);

		assertThat(reply.status()).isEqualTo(404);
		assertThat(json(reply).get("error").get("message").asString())
			.isEqualTo("Resource parameter not found by id ''");
	}

	@Test
	void shouldAnswer415WithoutAContentType() {
		Reply reply = sim.call("PUT", "/api/locations/1/parameters/x", null, SimulatedForeman.ADMIN, BODY);

		assertThat(reply.status()).isEqualTo(415);
		assertThat(json(reply).get("error").get("message").asString()).startsWith("Media type in 'Content-Type: '");
	}

	@Test
	void shouldReportMalformedJsonWithAStringError() {
		Reply reply = sim.post("/api/locations/1/parameters", "{\"parameter\":");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(json(reply).get("status").asInt()).isEqualTo(400);
		assertThat(json(reply).get("error").asString()).startsWith("There was a problem in the JSON you submitted: ");
	}

	@Test
	void shouldLetTheFirstIdInTheRequestPickTheParent() {
		Reply reply = sim.post("/api/hosts/node1.ams.example/parameters",
				"{\"location_id\":2,\"parameter\":{\"name\":\"live_squash\",\"value\":\"wrong place\"}}");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(json(reply).get("associated_type").asString()).isEqualTo("location");
		assertThat(sim.foreman.parameters().of(Level.LOCATION, 2)).hasSize(1);
		assertThat(sim.foreman.parameters().of(Level.HOST, 1)).isEmpty();
	}

	@Test
	void shouldServeTheSameApiWithAndWithoutTheVersion() {
		sim.create("/api/v2/locations/1/parameters", "a", "1");

		assertThat(sim.get("/api/locations/1/parameters/a").status()).isEqualTo(200);
	}

}
