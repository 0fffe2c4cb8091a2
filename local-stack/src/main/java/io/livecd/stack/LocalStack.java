package io.livecd.stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The local stack of one data folder: {@link #up} starts Kafka, the S3 server and every
 * service as processes, {@link #down} stops exactly the processes it started.
 */
public final class LocalStack {

	/**
	 * The record of the {@code up} command's own process while it runs in the foreground.
	 */
	static final String UP = "livecd-up";

	private static final Set<String> INFRASTRUCTURE = Set.of(KafkaBroker.NAME, S3Server.NAME);

	private static final Duration SERVICE_GRACE = Duration.ofSeconds(30);

	private static final Duration INFRASTRUCTURE_GRACE = Duration.ofSeconds(60);

	private final StackSettings settings;

	private final StackLayout layout;

	private final ProcessTable table;

	private final PrintStream out;

	public LocalStack(StackSettings settings, PrintStream out) {
		this.settings = settings;
		this.layout = new StackLayout(settings.home());
		this.table = new ProcessTable(this.layout.run());
		this.out = out;
	}

	/**
	 * Starts the stack and, unless {@code detach}, stays until Ctrl-C or {@code down}.
	 * @return the exit code
	 */
	public int up(boolean detach) {
		return new StackStart(this, this.settings, this.layout, this.table, new Progress(this.out)).run(detach);
	}

	/** What {@code stack.json} says, while the stack runs. */
	public Optional<StackDescription> description() {
		return StackFile.read(this.layout.stackFile());
	}

	/**
	 * Stops the running stack's Kafka broker ({@code kafka}) or S3 server ({@code s3}),
	 * leaving every service running: a fault drill.
	 */
	public void stopInfrastructure(String component) {
		new Outages(this.settings, this.layout, this.table).stop(component);
	}

	/**
	 * Starts the Kafka broker or S3 server that {@link #stopInfrastructure} stopped, on
	 * the same port and data folder, and waits until its port answers.
	 */
	public void startInfrastructure(String component) {
		new Outages(this.settings, this.layout, this.table).start(component);
	}

	/** The data folder. */
	public Path home() {
		return this.settings.home();
	}

	/**
	 * Stops every process of the stack: the services, then the S3 server and Kafka, then
	 * a foreground {@code up}.
	 * @return the exit code
	 */
	public int down() {
		Progress progress = new Progress(this.out);
		List<RecordedProcess> running = this.table.running();
		if (running.isEmpty()) {
			StackFile.delete(this.layout.stackFile());
			progress.say("livecd stack in " + this.settings.home() + " is not running");
			return 0;
		}
		progress.say("Stopping the livecd stack in " + this.settings.home());
		stopAll(progress);
		running.stream()
			.filter((process) -> UP.equals(process.name()))
			.forEach((up) -> Stopper.stop(up, SERVICE_GRACE));
		this.table.forget(UP);
		progress.say("livecd stack stopped in " + Progress.seconds(progress.elapsed()));
		return 0;
	}

	/**
	 * Stops the services, then the infrastructure they need; forgets them and stack.json.
	 */
	void stopAll(Progress progress) {
		List<RecordedProcess> recorded = this.table.recorded()
			.stream()
			.filter((process) -> !UP.equals(process.name()))
			.toList();
		stop(recorded.stream().filter((p) -> !INFRASTRUCTURE.contains(p.name())).toList(), SERVICE_GRACE, progress);
		stop(recorded.stream().filter((p) -> INFRASTRUCTURE.contains(p.name())).toList(), INFRASTRUCTURE_GRACE,
				progress);
		StackFile.delete(this.layout.stackFile());
	}

	private void stop(List<RecordedProcess> processes, Duration grace, Progress progress) {
		for (Stopper.Stopped stopped : Stopper.stopAll(processes, grace)) {
			progress.step(stopped.process().name(),
					"stopped (pid " + stopped.process().pid() + ")"
							+ (stopped.killed() ? " with SIGKILL after " + Progress.seconds(grace) : "") + " "
							+ Progress.took(stopped.took()));
		}
		processes.forEach((process) -> this.table.forget(process.name()));
	}

}
