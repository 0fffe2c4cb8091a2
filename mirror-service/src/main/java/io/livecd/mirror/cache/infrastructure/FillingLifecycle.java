package io.livecd.mirror.cache.infrastructure;

import io.livecd.mirror.cache.application.Filling;
import org.springframework.context.SmartLifecycle;

/**
 * Cancels running downloads when the mirror stops, before the web server's graceful
 * shutdown waits for requests: clients reading a download would otherwise hold it up.
 */
final class FillingLifecycle implements SmartLifecycle {

	private final Filling filling;

	private volatile boolean running;

	FillingLifecycle(Filling filling) {
		this.filling = filling;
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.filling.close();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
