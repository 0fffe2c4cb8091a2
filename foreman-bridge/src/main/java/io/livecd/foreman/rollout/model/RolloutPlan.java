package io.livecd.foreman.rollout.model;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Which parameters the bridge drives.
 *
 * @param locations locations with a mirror, by name
 * @param aliases per alias, the parameter its target's path goes into
 * @param urlParameter the parameter that holds the base URL ({@code livesystem_url})
 * @param globalFallback the base URL for global parameters, when they are kept too
 */
public record RolloutPlan(Map<String, MirrorLocation> locations, Map<String, String> aliases, String urlParameter,
		Optional<URI> globalFallback) {

	public RolloutPlan {
		locations = Map.copyOf(locations);
		aliases = Map.copyOf(aliases);
	}

}
