package io.livecd.mirror.serving;

import io.livecd.common.event.BuildPaths;
import io.livecd.common.name.Names;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.util.Optional;

/** What a path under {@code /livecd/} names. */
sealed interface LivecdPath {

	/** {@code /livecd/builds/{job}/{file}}: immutable bytes. */
	record File(ArtifactKey key) implements LivecdPath {
	}

	/** {@code /livecd/{alias}}: the alias's current target here. */
	record Alias(String name) implements LivecdPath {
	}

	/** A name that breaks the naming rule. */
	record Invalid(String problem) implements LivecdPath {
	}

	/** Nothing this server knows. */
	record Unknown() implements LivecdPath {
	}

	/**
	 * @param pathInfo the decoded path below {@code /livecd}, e.g. {@code /builds/j/f}
	 */
	static LivecdPath parse(String pathInfo) {
		if (pathInfo == null || pathInfo.length() < 2) {
			return new Unknown();
		}
		String[] segments = pathInfo.substring(1).split("/", -1);
		if (segments.length == 3 && segments[0].equals(BuildPaths.BUILDS)) {
			Optional<String> problem = Names.problem("job", segments[1])
				.or(() -> Names.problem("artifact", segments[2]));
			return problem.<LivecdPath>map(Invalid::new)
				.orElseGet(() -> new File(new ArtifactKey(segments[1], segments[2])));
		}
		if (segments.length == 1 && !segments[0].equals(BuildPaths.BUILDS)) {
			return Names.problem("alias", segments[0])
				.<LivecdPath>map(Invalid::new)
				.orElseGet(() -> new Alias(segments[0]));
		}
		return new Unknown();
	}

}
