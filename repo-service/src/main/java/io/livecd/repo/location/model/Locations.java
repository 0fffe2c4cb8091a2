package io.livecd.repo.location.model;

import io.livecd.common.event.MirrorEvent;
import io.livecd.common.event.MirrorEvicted;
import io.livecd.common.event.MirrorSyncFailed;
import io.livecd.common.event.MirrorSynced;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What each location's mirror reported, as one immutable snapshot: the files it holds
 * warm and its last failure to sync one. It changes only by {@link #apply applying} a
 * mirror report; the same report twice changes nothing.
 */
public record Locations(Map<String, MirrorState> mirrors) {

	public Locations {
		mirrors = Map.copyOf(mirrors);
	}

	public static Locations empty() {
		return new Locations(Map.of());
	}

	public Optional<MirrorState> mirror(String location) {
		return Optional.ofNullable(this.mirrors.get(location));
	}

	/** These locations after the report. */
	public Locations apply(MirrorEvent event) {
		Map<String, MirrorState> mirrors = new HashMap<>(this.mirrors);
		MirrorState state = mirrors.getOrDefault(event.subject(), MirrorState.empty());
		mirrors.put(event.subject(), next(state, event));
		return new Locations(mirrors);
	}

	private static MirrorState next(MirrorState state, MirrorEvent event) {
		if (event instanceof MirrorSynced synced) {
			return state.warm(new WarmFile(synced.job(), synced.build(), synced.file(), synced.sha256(), synced.bytes(),
					synced.time()));
		}
		if (event instanceof MirrorEvicted evicted) {
			return state.evicted(evicted.job(), evicted.file(), evicted.build());
		}
		MirrorSyncFailed failed = (MirrorSyncFailed) event;
		return state
			.failed(new SyncFailure(failed.job(), failed.build(), failed.file(), failed.reason(), failed.time()));
	}

}
