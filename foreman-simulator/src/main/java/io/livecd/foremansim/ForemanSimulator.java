package io.livecd.foremansim;

import io.livecd.foremansim.application.Foreman;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A simulated Foreman started inside the caller's JVM on a free port, e.g. by a test:
 * <pre>
 * try (ForemanSimulator foreman = ForemanSimulator.start("foreman-sim.locations[0].id=2", …)) {
 *     foreman.url(); foreman.state().parameters().writes(…);
 * }
 * </pre> It leaves the host application's logging alone and reads no settings file.
 */
public final class ForemanSimulator implements AutoCloseable {

	static final String CONFIG_NAME = "spring.config.name=foreman-simulator";

	private final ConfigurableApplicationContext context;

	private final URI url;

	private ForemanSimulator(ConfigurableApplicationContext context) {
		this.context = context;
		this.url = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
	}

	/**
	 * Starts a simulator.
	 * @param properties {@code foreman-sim.*} settings as {@code key=value}
	 */
	public static ForemanSimulator start(String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.config.name=foreman-simulator-embedded", "server.port=0",
				"server.address=127.0.0.1", "spring.main.register-shutdown-hook=false"));
		all.addAll(List.of(properties));
		SpringApplication application = new SpringApplicationBuilder(EmbeddedSimulator.class)
			.web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.properties(all.toArray(String[]::new))
			.build();
		List<ApplicationListener<?>> listeners = new ArrayList<>(application.getListeners());
		listeners.removeIf(LoggingApplicationListener.class::isInstance);
		application.setListeners(listeners);
		return new ForemanSimulator(application.run());
	}

	/**
	 * The base URL, e.g. {@code http://127.0.0.1:41234}; the API is under {@code /api}.
	 */
	public URI url() {
		return this.url;
	}

	/** The simulated Foreman's state, to seed it or inspect it. */
	public Foreman state() {
		return this.context.getBean(Foreman.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
