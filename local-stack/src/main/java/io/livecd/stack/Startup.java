package io.livecd.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The start sequence: Kafka and the S3 server, then the topics and the bucket, then every
 * service, each awaited until ready; last {@code stack.json}. Throws on the first
 * failure, naming the component and its log; what it started is in the process table.
 */
final class Startup {

	private final StackSettings settings;

	private final StackLayout layout;

	private final Progress progress;

	private final Launcher launcher;

	private final Map<String, String> environment;

	Startup(StackSettings settings, StackLayout layout, Progress progress, Launcher launcher,
			Map<String, String> environment) {
		this.settings = settings;
		this.layout = layout;
		this.progress = progress;
		this.launcher = launcher;
		this.environment = environment;
	}

	List<Launcher.Started> start(Credentials credentials) {
		this.progress.say("Starting the livecd stack in " + this.settings.home());
		KafkaBroker kafka = new KafkaBroker(this.layout, this.settings.ports());
		S3Server s3 = new S3Server(this.layout, this.settings.ports(), credentials);
		Optional<SimulatedForeman> simulator = this.settings.foreman().isPresent() ? Optional.empty()
				: Optional.of(SimulatedForeman.prepare(this.layout, this.settings.ports().foreman()));
		List<ServiceSpec> services = Services.plan(this.settings, this.layout, credentials, kafka.bootstrap(),
				s3.endpoint(), simulator);
		JarCopies copies = new JarCopies(this.layout.jars());
		Map<String, Path> jars = new HashMap<>();
		services.forEach((service) -> jars.computeIfAbsent(service.module(),
				(module) -> copies.copy(module, service.jar(this.settings.repoDir()))));
		ToolClasspaths tools = new ToolClasspaths(this.settings.repoDir(), this.layout.tools());
		if (!tools.upToDate()) {
			this.progress.step("maven", "resolving the Kafka and s3proxy classpaths (first run)");
			tools.resolve(this.environment, this.layout.log("maven-tools"));
			this.progress.step("maven", "classpaths ready in " + this.layout.tools());
		}
		List<Launcher.Started> started = new ArrayList<>();
		Launcher.Started s3Process = s3.start(tools.classpath(ToolClasspaths.S3PROXY), this.launcher, this.environment);
		started.add(s3Process);
		kafka.prepare(tools.classpath(ToolClasspaths.KAFKA), this.environment);
		Launcher.Started kafkaProcess = kafka.start(tools.classpath(ToolClasspaths.KAFKA), this.launcher,
				this.environment);
		started.add(kafkaProcess);
		awaitAll(List.of(new Waiting(kafkaProcess, kafka.bootstrap(), portAnswers(this.settings.ports().kafka())),
				new Waiting(s3Process, s3.endpoint(), portAnswers(this.settings.ports().s3()))));
		int created = KafkaTopics.ensure(kafka.bootstrap(), this.settings.startTimeout());
		this.progress.step("topics", KafkaTopics.definitions().size() + " ready (" + created + " created)");
		boolean bucketCreated = S3Bucket.ensure(s3.endpoint(), credentials, S3Server.BUCKET);
		this.progress.step("bucket", S3Server.BUCKET + (bucketCreated ? " created" : " ready"));
		this.progress.say(foremanNote());
		List<Waiting> waiting = new ArrayList<>();
		for (ServiceSpec service : services) {
			Launcher.Started process = start(service, jars.get(service.module()));
			started.add(process);
			waiting.add(new Waiting(process, service.url(),
					new Check("/actuator/health says UP", () -> Readiness.healthUp(service.url()))));
		}
		awaitAll(waiting);
		StackDescription description = Summary.describe(this.settings, this.layout, credentials, kafka.bootstrap(),
				s3.endpoint(), services, simulator);
		StackFile.write(this.layout.stackFile(), description);
		this.progress.say(Summary.text(description, this.progress.elapsed(), this.layout.stackFile()));
		return started;
	}

	private Launcher.Started start(ServiceSpec service, Path jar) {
		Map<String, String> environment = new HashMap<>(this.environment);
		environment.putAll(service.environment());
		List<String> command = List.of(Launcher.JAVA.toString(), "-Xmx256m", "-jar", jar.toString());
		return this.launcher.start(service.name(), command, environment, this.layout.log(service.name()));
	}

	private String foremanNote() {
		return this.settings.foreman()
			.map((foreman) -> "foreman-bridge talks to the Foreman at " + foreman.url() + " (FOREMAN_URL)")
			.orElse("FOREMAN_URL is not set: foreman-bridge talks to the Foreman API simulator on port "
					+ this.settings.ports().foreman());
	}

	private Check portAnswers(int port) {
		return new Check("port " + port + " answers", () -> Readiness.portOpen(port));
	}

	/** Waits for the processes at once, a line each as it gets ready. */
	private void awaitAll(List<Waiting> processes) {
		Parallel.map(processes, (waiting) -> {
			Duration took = Readiness.await(waiting.process(), waiting.check().readyWhen(),
					this.settings.startTimeout(), waiting.check().ready());
			this.progress.step(waiting.process().name(), "up at " + waiting.url() + " " + Progress.took(took));
			return took;
		});
	}

	/**
	 * How a process shows that it is ready.
	 *
	 * @param readyWhen the condition, in words, for an error message
	 * @param ready the test
	 */
	private record Check(String readyWhen, BooleanSupplier ready) {

	}

	private record Waiting(Launcher.Started process, String url, Check check) {

	}

}
