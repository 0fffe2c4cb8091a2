package io.livecd.repo.catalog.model;

import io.livecd.common.event.Artifact;
import io.livecd.common.name.Names;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An operator's declaration: alias {@code name} follows the newest verified build of
 * {@code job}, naming its one artifact that matches the glob {@code pattern} ({@code *}
 * any run of characters, {@code ?} one character).
 */
public record AliasRule(String name, String job, String pattern) {

	public AliasRule {
		Names.requireAlias(name);
		Names.requireJob(job);
		if (pattern == null || pattern.isBlank()) {
			throw new IllegalArgumentException("alias " + name + " needs a file pattern");
		}
	}

	public boolean matches(String file) {
		return regex().matcher(file).matches();
	}

	/** The build's one artifact this alias names; empty when none or several match. */
	public Optional<Artifact> select(List<Artifact> artifacts) {
		List<Artifact> matching = artifacts.stream().filter((a) -> matches(a.name())).toList();
		return (matching.size() == 1) ? Optional.of(matching.get(0)) : Optional.empty();
	}

	private Pattern regex() {
		StringBuilder regex = new StringBuilder();
		for (char c : this.pattern.toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString());
	}

}
