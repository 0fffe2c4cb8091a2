package io.livecd.mirror.serving;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@code livecd.mirror.requests}, by result: served from the cache ({@code hit}), from a
 * download ({@code miss}), or cut short because a download failed ({@code cut}).
 */
final class ServingMeters {

	private final Counter hits;

	private final Counter misses;

	private final Counter cuts;

	ServingMeters(MeterRegistry registry) {
		this.hits = counter(registry, "hit");
		this.misses = counter(registry, "miss");
		this.cuts = counter(registry, "cut");
	}

	void hit() {
		this.hits.increment();
	}

	void miss() {
		this.misses.increment();
	}

	void cut() {
		this.cuts.increment();
	}

	private static Counter counter(MeterRegistry registry, String result) {
		return Counter.builder("livecd.mirror.requests")
			.description("Requests for files under /livecd/")
			.tag("result", result)
			.register(registry);
	}

}
