package io.livecd.foremansim.application;

import static io.livecd.foremansim.application.SimulatedForeman.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class ParameterListTest {

	private final SimulatedForeman sim = new SimulatedForeman();

	@BeforeEach
	void twoParameters() {
		sim.create("/api/locations/1/parameters", "livesystem_url", "http://mirror-ams.example:8091/livecd");
		sim.create("/api/locations/1/parameters", "live_squash",
				"builds/build_iso_speedtest_el8/speedtest-42.squashfs");
	}

	@Test
	void shouldWrapResultsInTheListEnvelope() {
		Golden.assertMatches(sim.get("/api/locations/1/parameters?search=name+%3D+live_squash"), 200,
				"list-envelope.json");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "name = live_squash", "name=\"live_squash\"", "name = \"live_squash\"", "name=live_squash" })
	void shouldFindOneParameterByName(String search) {
		JsonNode list = json(sim.get("/api/locations/1/parameters?search=" + encode(search)));

		assertThat(list.get("subtotal").asInt()).isEqualTo(1);
		assertThat(list.get("results").get(0).get("name").asString()).isEqualTo("live_squash");
		assertThat(list.get("search").asString()).isEqualTo(search);
	}

	@Test
	void shouldMatchNamesExactlyWithEqualsAndPartlyWithTilde() {
		assertThat(json(sim.get("/api/locations/1/parameters?search=" + encode("name = live"))).get("subtotal").asInt())
			.isZero();
		assertThat(json(sim.get("/api/locations/1/parameters?search=" + encode("name ~ live"))).get("subtotal").asInt())
			.isEqualTo(2);
	}

	@Test
	void shouldOrderByNameAndPage() {
		JsonNode page = json(sim.get("/api/locations/1/parameters?per_page=1&page=2"));

		assertThat(page.get("total").asInt()).isEqualTo(2);
		assertThat(page.get("subtotal").asInt()).isEqualTo(2);
		assertThat(page.get("per_page").asInt()).isEqualTo(1);
		assertThat(page.get("page").asInt()).isEqualTo(2);
		assertThat(page.get("search").isNull()).isTrue();
		assertThat(names(page)).containsExactly("livesystem_url");
	}

	@Test
	void shouldReportTheOrderInTheSortMetadata() {
		JsonNode list = json(sim.get("/api/locations/1/parameters?order=" + encode("name DESC")));

		assertThat(names(list)).containsExactly("livesystem_url", "live_squash");
		assertThat(list.get("sort").get("by").asString()).isEqualTo("name");
		assertThat(list.get("sort").get("order").asString()).isEqualTo("DESC");
	}

	@Test
	void shouldListEverythingWithPerPageAll() {
		JsonNode list = json(sim.get("/api/locations/1/parameters?per_page=all"));

		assertThat(list.get("per_page").asInt()).isEqualTo(2);
		assertThat(names(list)).hasSize(2);
	}

	@Test
	void shouldRefuseAnUnknownSearchField() {
		Reply reply = sim.get("/api/locations/1/parameters?search=" + encode("colour = blue"));

		assertThat(reply.status()).isEqualTo(400);
		JsonNode error = json(reply).get("error");
		assertThat(error.get("class").asString()).isEqualTo("ScopedSearch::QueryNotSupported");
		assertThat(error.get("message").asString()).isEqualTo("Field 'colour' not recognized for searching!");
	}

	@Test
	void shouldEmptyAParentWithDeleteOnTheCollection() {
		Reply reply = sim.delete("/api/locations/1/parameters");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(json(reply)).hasSize(2);
		assertThat(json(sim.get("/api/locations/1/parameters")).get("total").asInt()).isZero();
	}

	private static List<String> names(JsonNode list) {
		return list.get("results").valueStream().map((result) -> result.get("name").asString()).toList();
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}

}
