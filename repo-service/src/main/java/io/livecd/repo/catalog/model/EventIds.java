package io.livecd.repo.catalog.model;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Event ids derived from what an event says, so doing the same thing twice (a redelivered
 * build after a crash) emits the same id and every consumer drops the repeat.
 */
public final class EventIds {

	private EventIds() {
	}

	public static String of(String type, Object... parts) {
		StringBuilder key = new StringBuilder(type);
		for (Object part : parts) {
			key.append('|').append(part);
		}
		return UUID.nameUUIDFromBytes(key.toString().getBytes(StandardCharsets.UTF_8)).toString();
	}

}
