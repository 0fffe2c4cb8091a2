package io.livecd.cli;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	private static JsonNode json(String text) {
		return Http.JSON.readTree(text);
	}

	@Nested
	class Tables {

		@Test
		void shouldPadEveryColumnToItsWidestCell() {
			assertThat(Formats.table(List.of("A", "LONG"), List.of(List.of("wide cell", "x"), List.of("b", "y"))))
				.isEqualTo("A          LONG\nwide cell  x\nb          y\n");
		}

		@Test
		void shouldPrintAnAliasHistory() {
			JsonNode moves = json(
					"[{\"time\":\"2026-11-26T09:00:00Z\",\"reason\":\"publish\",\"actor\":\"repo-service\","
							+ "\"previous\":null,\"target\":{\"job\":\"j\",\"build\":1,\"file\":\"speedtest-1.squashfs\"}},"
							+ "{\"time\":\"2026-11-26T09:30:00Z\",\"reason\":\"rollback\",\"actor\":\"dev-ops\","
							+ "\"previous\":{\"build\":2,\"file\":\"speedtest-2.squashfs\"},"
							+ "\"target\":{\"build\":1,\"file\":\"speedtest-1.squashfs\"}}]");
			assertThat(Formats.history(moves).split("\n")).containsExactly(
					"TIME                  REASON    ACTOR         FROM                            TO",
					"2026-11-26T09:00:00Z  publish   repo-service  -                               speedtest-1.squashfs (build 1)",
					"2026-11-26T09:30:00Z  rollback  dev-ops       speedtest-2.squashfs (build 2)  speedtest-1.squashfs (build 1)");
		}

	}

	@Nested
	class Targets {

		@Test
		void shouldNameATargetObjectABareBuildOrNone() {
			assertThat(Formats.target(json("{\"build\":3,\"file\":\"initrd-3.img\"}")))
				.isEqualTo("initrd-3.img (build 3)");
			assertThat(Formats.target(json("2"))).isEqualTo("build 2");
			assertThat(Formats.target(json("null"))).isEqualTo("-");
			assertThat(Formats.target(json("{}").path("missing"))).isEqualTo("-");
		}

	}

	@Nested
	class Ages {

		@Test
		void shouldUseTheLargestUnitThatFits() {
			assertThat(Formats.ago(NOW.minusSeconds(42), NOW)).isEqualTo("42s ago");
			assertThat(Formats.ago(NOW.minusSeconds(600), NOW)).isEqualTo("10m ago");
			assertThat(Formats.ago(NOW.minusSeconds(3 * 3600), NOW)).isEqualTo("3h ago");
			assertThat(Formats.ago(NOW.minusSeconds(5 * 86400), NOW)).isEqualTo("5d ago");
			assertThat(Formats.ago(null, NOW)).isEqualTo("-");
		}

		@Test
		void shouldReadForemansTimes() {
			assertThat(StatusCommand.foremanTime("2026-11-26 09:58:01 UTC"))
				.isEqualTo(Instant.parse("2026-11-26T09:58:01Z"));
		}

	}

}
