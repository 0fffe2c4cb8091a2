package io.livecd.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** How the commands print: aligned tables, builds and ages. Pure functions. */
final class Formats {

	private Formats() {
	}

	/**
	 * Columns padded to their widest cell, two spaces apart, no trailing blanks.
	 */
	static String table(List<String> headers, List<List<String>> rows) {
		List<List<String>> all = new ArrayList<>();
		all.add(headers);
		all.addAll(rows);
		int[] widths = new int[headers.size()];
		for (List<String> row : all) {
			for (int i = 0; i < row.size(); i++) {
				widths[i] = Math.max(widths[i], row.get(i).length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (List<String> row : all) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.size(); i++) {
				line.append(String.format("%-" + widths[i] + "s", row.get(i)));
				if (i < row.size() - 1) {
					line.append("  ");
				}
			}
			text.append(line.toString().stripTrailing()).append('\n');
		}
		return text.toString();
	}

	/** How long before {@code now}, in the largest unit that fits: {@code 42s ago}. */
	static String ago(Instant then, Instant now) {
		if (then == null) {
			return "-";
		}
		long seconds = Math.max(0, Duration.between(then, now).toSeconds());
		if (seconds < 120) {
			return seconds + "s ago";
		}
		if (seconds < 7200) {
			return (seconds / 60) + "m ago";
		}
		if (seconds < 172800) {
			return (seconds / 3600) + "h ago";
		}
		return (seconds / 86400) + "d ago";
	}

	/**
	 * A target as the services answer it ({@code {"job","build","file",…}}), or a bare
	 * build number: {@code speedtest-3.squashfs (build 3)}; {@code -} for none.
	 */
	static String target(JsonNode target) {
		if (target == null || target.isMissingNode() || target.isNull()) {
			return "-";
		}
		if (target.isNumber()) {
			return "build " + target.asLong();
		}
		return target.path("file").asString("?") + " (build " + target.path("build").asLong() + ")";
	}

	/** The history of an alias (repo-service's moves) as a table. */
	static String history(JsonNode moves) {
		List<List<String>> rows = new ArrayList<>();
		for (JsonNode move : moves) {
			rows.add(List.of(move.path("time").asString("-"), move.path("reason").asString("-"),
					move.path("actor").asString("-"), target(move.path("previous")), target(move.path("target"))));
		}
		return table(List.of("TIME", "REASON", "ACTOR", "FROM", "TO"), rows);
	}

}
