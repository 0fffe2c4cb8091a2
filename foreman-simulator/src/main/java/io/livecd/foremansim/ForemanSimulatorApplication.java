package io.livecd.foremansim;

import io.livecd.foremansim.infrastructure.SimulatorConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * The simulator as a service (the local stack's Foreman). Its settings file is
 * {@code foreman-simulator.yml}, so it never reads another module's
 * {@code application.yml} on a shared classpath. No component scan: the beans come from
 * {@link SimulatorConfiguration}, which {@link ForemanSimulator} reuses inside tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SimulatorConfiguration.class)
public class ForemanSimulatorApplication {

	public static void main(String[] args) {
		new SpringApplicationBuilder(ForemanSimulatorApplication.class).properties(ForemanSimulator.CONFIG_NAME)
			.run(args);
	}

}
