package io.livecd.repo.catalog.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which files the Foreman parameters in force still name. A value names a file by its
 * path, {@code builds/{job}/{file}} (anywhere in it, as in a URL), or by being exactly an
 * artifact file name (as {@code live_squash} may be, under a {@code livesystem_url}); the
 * second kind protects that file name in every job.
 */
public record ForemanReferences(Set<String> paths, Set<String> bareNames) {

	private static final String NAME = "[A-Za-z0-9_-][A-Za-z0-9._-]*";

	private static final Pattern PATH = Pattern.compile("builds/(" + NAME + ")/(" + NAME + ")");

	private static final Pattern BARE = Pattern.compile(NAME);

	public static ForemanReferences in(Collection<ForemanParameter> parameters) {
		Set<String> paths = new HashSet<>();
		Set<String> bareNames = new HashSet<>();
		for (ForemanParameter parameter : parameters) {
			String value = parameter.value().strip();
			Matcher matcher = PATH.matcher(value);
			while (matcher.find()) {
				paths.add(matcher.group(1) + "/" + matcher.group(2));
			}
			if (BARE.matcher(value).matches()) {
				bareNames.add(value);
			}
		}
		return new ForemanReferences(Set.copyOf(paths), Set.copyOf(bareNames));
	}

	public boolean names(Manifest build) {
		return build.files()
			.stream()
			.anyMatch((file) -> this.bareNames.contains(file) || this.paths.contains(build.job() + "/" + file));
	}

}
