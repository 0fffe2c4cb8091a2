package io.livecd.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts refused tokens per client address in fixed windows: once an address has had
 * {@code max} refusals in a window, it is blocked until the window ends, whatever token
 * it presents, so an answer never tells a guesser whether a token exists.
 */
public final class FailedAuthentications {

	private static final int PRUNE_ABOVE = 10_000;

	private final int max;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	public FailedAuthentications(int max, Duration window, Clock clock) {
		this.max = max;
		this.window = window;
		this.clock = clock;
	}

	/** How long the address must wait, if it is blocked now. */
	public Optional<Duration> blocked(String address) {
		Instant now = this.clock.instant();
		Window current = this.windows.get(address);
		if (current == null || current.count() < this.max || !now.isBefore(current.end())) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, current.end()));
	}

	/** Counts one refused token of the address. */
	public void record(String address) {
		Instant now = this.clock.instant();
		if (this.windows.size() > PRUNE_ABOVE) {
			this.windows.values().removeIf((window) -> !now.isBefore(window.end()));
		}
		this.windows.compute(address, (key, current) -> (current == null || !now.isBefore(current.end()))
				? new Window(now.plus(this.window), 1) : new Window(current.end(), current.count() + 1));
	}

	private record Window(Instant end, int count) {
	}

}
