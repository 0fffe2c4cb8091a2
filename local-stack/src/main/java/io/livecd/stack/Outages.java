package io.livecd.stack;

import java.time.Duration;
import java.util.Map;

/**
 * Stops and starts the stack's Kafka broker or S3 server on its own, with the same ports,
 * configuration and data folder, for fault drills: what the services meet when the
 * infrastructure goes away and comes back.
 */
final class Outages {

	private static final Duration GRACE = Duration.ofSeconds(60);

	private final StackSettings settings;

	private final StackLayout layout;

	private final ProcessTable table;

	Outages(StackSettings settings, StackLayout layout, ProcessTable table) {
		this.settings = settings;
		this.layout = layout;
		this.table = table;
	}

	void stop(String component) {
		requireInfrastructure(component);
		RecordedProcess process = this.table.running()
			.stream()
			.filter((running) -> running.name().equals(component))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(component + " is not running in " + this.settings.home()));
		Stopper.stop(process, GRACE);
		this.table.forget(component);
	}

	void start(String component) {
		requireInfrastructure(component);
		Map<String, String> environment = ChildEnvironment.of(System.getenv());
		ToolClasspaths tools = new ToolClasspaths(this.settings.repoDir(), this.layout.tools());
		Launcher launcher = new Launcher(this.table);
		StackPorts ports = this.settings.ports();
		Launcher.Started started;
		int port;
		if (KafkaBroker.NAME.equals(component)) {
			KafkaBroker kafka = new KafkaBroker(this.layout, ports);
			kafka.prepare(tools.classpath(ToolClasspaths.KAFKA), environment);
			started = kafka.start(tools.classpath(ToolClasspaths.KAFKA), launcher, environment);
			port = ports.kafka();
		}
		else {
			S3Server s3 = new S3Server(this.layout, ports, Credentials.loadOrCreate(this.layout.credentials()));
			started = s3.start(tools.classpath(ToolClasspaths.S3PROXY), launcher, environment);
			port = ports.s3();
		}
		Readiness.await(started, "port " + port + " answers", this.settings.startTimeout(),
				() -> Readiness.portOpen(port));
	}

	private static void requireInfrastructure(String component) {
		if (!KafkaBroker.NAME.equals(component) && !S3Server.NAME.equals(component)) {
			throw new IllegalArgumentException("Only " + KafkaBroker.NAME + " and " + S3Server.NAME
					+ " can be stopped on their own: " + component);
		}
	}

}
