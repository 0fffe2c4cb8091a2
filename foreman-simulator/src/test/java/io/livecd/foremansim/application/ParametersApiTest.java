package io.livecd.foremansim.application;

import static io.livecd.foremansim.application.SimulatedForeman.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ParametersApiTest {

	private static final String SQUASH = "builds/build_iso_speedtest_el8/speedtest-42.squashfs";

	private final SimulatedForeman sim = new SimulatedForeman();

	@Nested
	class Create {

		@Test
		void shouldAnswer201WithTheLocationParameterShape() {
			Reply reply = sim.post("/api/locations/1/parameters",
					"{\"parameter\":{\"name\":\"live_squash\",\"value\":\"" + SQUASH + "\"}}");

			Golden.assertMatches(reply, 201, "location-parameter.json");
		}

		@Test
		void shouldAnswerTheGlobalShapeUnderCommonParameter() {
			Reply reply = sim.post("/api/v2/common_parameters",
					"{\"common_parameter\":{\"name\":\"livesystem_url\",\"value\":\"http://repo.example:8080/livecd\"}}");

			Golden.assertMatches(reply, 201, "global-parameter.json");
		}

		@Test
		void shouldRefuseASecondParameterOfTheSameNameInOneParent() {
			sim.create("/api/locations/1/parameters", "live_squash", SQUASH);

			Reply reply = sim.post("/api/locations/1/parameters",
					"{\"parameter\":{\"name\":\"live_squash\",\"value\":\"x\"}}");

			Golden.assertMatches(reply, 422, "name-taken-on-create.json");
			assertThat(sim
				.post("/api/locations/2/parameters", "{\"parameter\":{\"name\":\"live_squash\",\"value\":\"x\"}}")
				.status()).isEqualTo(201);
		}

		@Test
		void shouldNameTheParameterIdInA422OnUpdate() {
			sim.create("/api/hosts/node1.ams.example/parameters", "a", "1");
			long b = sim.create("/api/hosts/node1.ams.example/parameters", "b", "2").get("id").asLong();

			JsonNode error = json(
					sim.put("/api/hosts/node1.ams.example/parameters/" + b, "{\"parameter\":{\"name\":\"a\"}}"))
				.get("error");

			assertThat(error.get("id").asLong()).isEqualTo(b);
			assertThat(error.get("full_messages").get(0).asString()).isEqualTo("Name has already been taken");
		}

		@Test
		void shouldRenderValuesTypedAndRefuseValuesThatDoNotCast() {
			JsonNode created = json(sim.post("/api/hostgroups/1/parameters",
					"{\"parameter\":{\"name\":\"n\",\"value\":\"42\",\"parameter_type\":\"integer\"}}"));
			Reply invalid = sim.post("/api/hostgroups/1/parameters",
					"{\"parameter\":{\"name\":\"b\",\"value\":\"maybe\",\"parameter_type\":\"boolean\"}}");

			assertThat(created.get("value").isNumber()).isTrue();
			assertThat(created.get("value").asInt()).isEqualTo(42);
			assertThat(created.get("priority").asInt()).isEqualTo(60);
			assertThat(created.get("associated_type").asString()).isEqualTo("host group");
			assertThat(invalid.status()).isEqualTo(422);
			assertThat(json(invalid).get("error").get("errors").get("value").get(0).asString())
				.isEqualTo("is invalid boolean");
		}

		@Test
		void shouldFailWith500WhenTheParameterObjectCarriesAnId() {
			Reply reply = sim.post("/api/locations/1/parameters",
					"{\"parameter\":{\"name\":\"x\",\"value\":\"y\",\"location_id\":1}}");

			assertThat(reply.status()).isEqualTo(500);
			assertThat(json(reply).get("error").get("message").asString())
				.isEqualTo("unknown attribute 'location_id' for LocationParameter.");
		}

	}

	@Nested
	class ReadUpdateDelete {

		@Test
		void shouldShowByIdByNameAndByIdDashName() {
			long id = sim.create("/api/locations/1/parameters", "live_squash", SQUASH).get("id").asLong();

			assertThat(sim.get("/api/locations/1/parameters/" + id).status()).isEqualTo(200);
			assertThat(sim.get("/api/locations/1/parameters/live_squash").status()).isEqualTo(200);
			assertThat(sim.get("/api/locations/1/parameters/" + id + "-live_squash").status()).isEqualTo(200);
			assertThat(sim.get("/api/locations/2/parameters/live_squash").status()).isEqualTo(404);
		}

		@Test
		void shouldChangeOnlyTheFieldsSent() {
			sim.post("/api/locations/1/parameters",
					"{\"parameter\":{\"name\":\"live_squash\",\"value\":\"old\",\"hidden_value\":true}}");

			JsonNode updated = json(sim.put("/api/locations/1/parameters/live_squash?show_hidden=true",
					"{\"parameter\":{\"value\":\"new\"}}"));

			assertThat(updated.get("value").asString()).isEqualTo("new");
			assertThat(updated.get("hidden_value?").asBoolean()).isTrue();
			assertThat(updated.get("name").asString()).isEqualTo("live_squash");
		}

		@Test
		void shouldMaskHiddenValuesUnlessAskedToShowThem() {
			sim.post("/api/locations/1/parameters",
					"{\"parameter\":{\"name\":\"s\",\"value\":\"secret\",\"hidden_value\":true}}");

			assertThat(json(sim.get("/api/locations/1/parameters/s")).get("value").asString()).isEqualTo("*****");
			assertThat(json(sim.get("/api/locations/1/parameters/s?show_hidden=true")).get("value").asString())
				.isEqualTo("secret");
			assertThat(
					json(sim.get("/api/locations/1/parameters/s?show_hidden_parameters=true")).get("value").asString())
				.isEqualTo("secret");
		}

		@Test
		void shouldReturnTheRawRecordOnDelete() {
			sim.create("/api/locations/1/parameters", "live_squash", SQUASH);

			Golden.assertMatches(sim.delete("/api/locations/1/parameters/live_squash"), 200,
					"deleted-location-parameter.json");
			assertThat(sim.get("/api/locations/1/parameters/live_squash").status()).isEqualTo(404);
		}

		@Test
		void shouldNameTheParameterIdWhenItIsNotFound() {
			Golden.assertMatches(sim.get("/api/locations/1/parameters/x"), 404, "parameter-not-found.json");
		}

		@Test
		void shouldCountWritesPerParameter() {
			sim.create("/api/locations/1/parameters", "live_squash", "a");
			sim.put("/api/locations/1/parameters/live_squash", "{\"parameter\":{\"value\":\"b\"}}");
			sim.get("/api/locations/1/parameters/live_squash");

			assertThat(sim.foreman.parameters().writes(io.livecd.foremansim.model.Level.LOCATION, 1, "live_squash"))
				.isEqualTo(2);
		}

	}

}
