package io.livecd.foremansim.application;

import static io.livecd.foremansim.application.SimulatedForeman.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.foremansim.model.TftpFiles.TftpFile;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class HostsApiTest {

	private final SimulatedForeman sim = new SimulatedForeman();

	@Nested
	class EffectiveParameters {

		@Test
		void shouldResolveEachLevelByForemansPrecedence() {
			sim.create("/api/common_parameters", "live_squash", "global");
			assertThat(effective("node1.ams.example")).isEqualTo("global");

			sim.create("/api/organizations/1/parameters", "live_squash", "organization");
			sim.create("/api/locations/1/parameters", "live_squash", "ams");
			assertThat(effective("node1.ams.example")).isEqualTo("ams");
			assertThat(effective("node1.nyc.example")).isEqualTo("organization");

			sim.create("/api/hostgroups/1/parameters", "live_squash", "speedtest");
			assertThat(effective("node1.ams.example")).isEqualTo("speedtest");
			assertThat(effective("node1.nyc.example")).isEqualTo("speedtest");

			sim.create("/api/hostgroups/2/parameters", "live_squash", "speedtest/ams");
			sim.create("/api/hosts/node1.ams.example/parameters", "live_squash", "host");
			assertThat(effective("node1.ams.example")).isEqualTo("host");
			assertThat(effective("node1.nyc.example")).isEqualTo("speedtest");
		}

		@Test
		void shouldListTheHostsOwnParametersAndTheEffectiveOnes() {
			sim.create("/api/common_parameters", "livesystem_url", "http://repo.example/livecd");
			sim.create("/api/hosts/2/parameters", "hk_speedtest_autotask", "wipe");

			JsonNode host = json(sim.get("/api/hosts/node1.nyc.example?show_hidden_parameters=true"));

			assertThat(host.get("name").asString()).isEqualTo("node1.nyc.example");
			assertThat(host.get("location_name").asString()).isEqualTo("nyc");
			assertThat(host.get("hostgroup_title").asString()).isEqualTo("speedtest");
			assertThat(host.get("parameters")).hasSize(1);
			JsonNode global = find(host.get("all_parameters"), "livesystem_url");
			assertThat(global.get("priority").asInt()).isZero();
			assertThat(global.get("associated_type").asString()).isEqualTo("global");
			assertThat(find(host.get("all_parameters"), "hk_speedtest_autotask").get("priority").asInt()).isEqualTo(70);
		}

		@Test
		void shouldFindAHostByIdAndAnswer404ForAnUnknownOne() {
			assertThat(json(sim.get("/api/hosts/1")).get("name").asString()).isEqualTo("node1.ams.example");
			Reply missing = sim.get("/api/hosts/nope.example");
			assertThat(missing.status()).isEqualTo(404);
			assertThat(json(missing).get("error").get("message").asString())
				.isEqualTo("Resource host not found by id 'nope.example'");
		}

		private String effective(String host) {
			return find(json(sim.get("/api/hosts/" + host)).get("all_parameters"), "live_squash").get("value")
				.asString();
		}

		private static JsonNode find(JsonNode parameters, String name) {
			return parameters.valueStream()
				.filter((p) -> p.get("name").asString().equals(name))
				.findFirst()
				.orElseThrow();
		}

	}

	@Nested
	class Templates {

		@Test
		void shouldRenderTheAppendLineFromTheEffectiveParameters() {
			sim.create("/api/locations/1/parameters", "livesystem_url", "http://mirror-ams.example:8091/livecd");
			sim.create("/api/locations/1/parameters", "live_squash",
					"builds/build_iso_speedtest_el8/speedtest-42.squashfs");
			sim.create("/api/hosts/node1.ams.example/parameters", "hk_speedtest_autotask", "wipe");

			JsonNode template = json(sim.get("/api/hosts/node1.ams.example/template/PXELinux"));

			assertThat(template.get("template").asString()).isEqualTo("APPEND initrd=boot/initrd.img ip=dhcp "
					+ "root=live:http://mirror-ams.example:8091/livecd/builds/build_iso_speedtest_el8/speedtest-42.squashfs "
					+ "systemd.setenv=SPEEDISO=wipe modprobe.blacklist=nouveau noeject");
		}

		@Test
		void shouldAnswer404ForAKindTheHostHasNoTemplateFor() {
			Reply reply = sim.get("/api/hosts/node1.ams.example/template/provision");

			assertThat(reply.status()).isEqualTo(404);
			assertThat(json(reply).get("message").asString())
				.isEqualTo("No template with kind provision for node1.ams.example");
		}

	}

	@Nested
	class Rebuilds {

		@Test
		void shouldWriteTftpFilesOnlyWhenTheConfigIsRebuilt() {
			sim.create("/api/locations/2/parameters", "live_squash", "builds/a/speedtest-1.squashfs");
			assertThat(tftp("node1.nyc.example")).isEmpty();

			Reply reply = sim.put("/api/hosts/node1.nyc.example/rebuild_config", "{\"only\":[\"TFTP\"]}");

			Golden.assertMatches(reply, 200, "rebuilt.json");
			assertThat(tftp("node1.nyc.example").orElseThrow().content()).contains("/builds/a/speedtest-1.squashfs ");
		}

		@Test
		void shouldRebuildChildGroupsHostsWhenChildrenHostsIsTruthyEvenAsTheStringFalse() {
			sim.put("/api/hostgroups/1/rebuild_config", "{\"only\":[\"TFTP\"],\"children_hosts\":false}");
			assertThat(tftp("node1.nyc.example")).isPresent();
			assertThat(tftp("node1.ams.example")).isEmpty();

			sim.put("/api/hostgroups/1/rebuild_config", "{\"only\":[\"TFTP\"],\"children_hosts\":\"false\"}");
			assertThat(tftp("node1.ams.example")).isPresent();
		}

		@Test
		void shouldSkipTftpWhenOnlyNamesOtherSteps() {
			sim.put("/api/hostgroups/1/rebuild_config", "{\"only\":[\"DHCP\"],\"children_hosts\":true}");

			assertThat(tftp("node1.nyc.example")).isEmpty();
		}

		@Test
		void shouldAnswer404ForAnUnknownHostgroupAnd415WithoutJson() {
			assertThat(sim.put("/api/hostgroups/99/rebuild_config", "{}").status()).isEqualTo(404);
			assertThat(sim.call("PUT", "/api/hostgroups/1/rebuild_config", null, SimulatedForeman.ADMIN, "{}").status())
				.isEqualTo(415);
		}

		private Optional<TftpFile> tftp(String host) {
			return sim.foreman.tftp().read(host);
		}

	}

}
