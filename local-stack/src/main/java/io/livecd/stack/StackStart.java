package io.livecd.stack;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One {@code up}: refuses to start a stack that runs already or whose ports are taken,
 * runs the {@link Startup}, then returns ({@code --detach}) or stays until every process
 * has exited. On a failure, and on Ctrl-C or SIGTERM, it stops what it started.
 */
final class StackStart {

	/** How a JVM that SIGTERM stopped exits: 128 + 15. */
	private static final int SIGTERM_EXIT = 143;

	private final LocalStack stack;

	private final StackSettings settings;

	private final StackLayout layout;

	private final ProcessTable table;

	private final Progress progress;

	private final Map<String, String> environment = ChildEnvironment.of(System.getenv());

	private final Launcher launcher;

	private volatile boolean stopping;

	StackStart(LocalStack stack, StackSettings settings, StackLayout layout, ProcessTable table, Progress progress) {
		this.stack = stack;
		this.settings = settings;
		this.layout = layout;
		this.table = table;
		this.progress = progress;
		this.launcher = new Launcher(table);
	}

	int run(boolean detach) {
		this.layout.create();
		List<RecordedProcess> running = this.table.running();
		if (!running.isEmpty()) {
			this.progress.say("livecd stack in " + this.settings.home() + " is already running ("
					+ running.stream().map((p) -> p.name() + " pid " + p.pid()).collect(Collectors.joining(", "))
					+ "); stop it with ./livecd down");
			return 1;
		}
		Map<String, Integer> taken = Ports.inUse(this.settings.ports());
		if (this.settings.foreman().isPresent()) {
			taken.remove(StackSettings.FOREMAN_PORT);
		}
		if (!taken.isEmpty()) {
			throw new IllegalStateException("Another program listens on "
					+ taken.entrySet()
						.stream()
						.map((port) -> "port " + port.getValue() + " (" + port.getKey() + ")")
						.collect(Collectors.joining(", "))
					+ "; stop it, or give the stack other ports with these variables");
		}
		Credentials credentials = Credentials.loadOrCreate(this.layout.credentials());
		this.table.record(LocalStack.UP, ProcessHandle.current());
		Thread onSignal = new Thread(this::stopOnSignal, "livecd-stop");
		Runtime.getRuntime().addShutdownHook(onSignal);
		List<Launcher.Started> started;
		try {
			started = new Startup(this.settings, this.layout, this.progress, this.launcher, this.environment)
				.start(credentials);
		}
		catch (RuntimeException ex) {
			if (removeHook(onSignal)) {
				this.progress.say("livecd: " + ex.getMessage());
				this.progress.say("Stopping what was started");
				stop();
			}
			return 1;
		}
		if (detach) {
			removeHook(onSignal);
			this.table.forget(LocalStack.UP);
			this.progress.say("Stop it with: ./livecd down");
			return 0;
		}
		this.progress.say("Ctrl-C stops it (or ./livecd down from another terminal).");
		awaitExit(started);
		if (removeHook(onSignal)) {
			stop();
			this.progress.say("livecd stack stopped");
		}
		return 0;
	}

	/** Whether the hook was removed: false when the JVM already runs it (Ctrl-C). */
	private static boolean removeHook(Thread hook) {
		try {
			return Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException shutdownInProgress) {
			return false;
		}
	}

	private void awaitExit(List<Launcher.Started> started) {
		for (Launcher.Started process : started) {
			process.process().onExit().thenAccept((exited) -> {
				if (!this.stopping) {
					this.progress.step(process.name(), (exited.exitValue() == SIGTERM_EXIT) ? "stopped"
							: "exited with code " + exited.exitValue() + "; see " + process.log());
				}
			});
		}
		started.forEach((process) -> process.process().onExit().join());
	}

	private void stopOnSignal() {
		this.progress.say("Stopping the livecd stack");
		stop();
		this.progress.say("livecd stack stopped");
	}

	private void stop() {
		this.stopping = true;
		this.launcher.close();
		this.stack.stopAll(this.progress);
		this.table.forget(LocalStack.UP);
	}

}
