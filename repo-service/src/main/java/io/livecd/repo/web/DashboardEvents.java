package io.livecd.repo.web;

import io.livecd.repo.web.LocationViews.LocationView;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /api/v1/events}: server-sent events, each a {@code snapshot} of everything
 * the dashboard shows, once on connecting and again after every change (changes within
 * {@link #COALESCE} make one snapshot). {@code GET /api/v1/locations}: each location. The
 * streams are closed first when the service stops, so an open dashboard does not hold up
 * the web server's graceful shutdown.
 */
@RestController
@RequestMapping("/api/v1")
class DashboardEvents implements SmartLifecycle {

	static final Duration COALESCE = Duration.ofMillis(200);

	private static final long TIMEOUT = Duration.ofMinutes(10).toMillis();

	private final Dashboard dashboard;

	private final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();

	private final AtomicBoolean pending = new AtomicBoolean();

	private volatile boolean running;

	private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "dashboard-events");
		thread.setDaemon(true);
		return thread;
	});

	DashboardEvents(Dashboard dashboard) {
		this.dashboard = dashboard;
		dashboard.onChange(this::changed);
	}

	@GetMapping(path = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events() {
		SseEmitter emitter = new SseEmitter(TIMEOUT);
		emitter.onCompletion(() -> this.emitters.remove(emitter));
		emitter.onTimeout(emitter::complete);
		emitter.onError((ex) -> this.emitters.remove(emitter));
		this.emitters.add(emitter);
		this.sender.execute(() -> send(emitter, this.dashboard.snapshot()));
		return emitter;
	}

	@GetMapping("/locations")
	List<LocationView> locations() {
		return this.dashboard.locations();
	}

	private void changed() {
		if (this.pending.compareAndSet(false, true)) {
			this.sender.schedule(this::broadcast, COALESCE.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	private void broadcast() {
		this.pending.set(false);
		Dashboard.Snapshot snapshot = this.dashboard.snapshot();
		this.emitters.forEach((emitter) -> send(emitter, snapshot));
	}

	private void send(SseEmitter emitter, Dashboard.Snapshot snapshot) {
		try {
			emitter.send(SseEmitter.event().name("snapshot").data(snapshot, MediaType.APPLICATION_JSON));
		}
		catch (IOException | IllegalStateException ex) {
			this.emitters.remove(emitter);
			emitter.completeWithError(ex);
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.sender.shutdownNow();
		this.emitters.forEach(SseEmitter::complete);
		this.emitters.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
