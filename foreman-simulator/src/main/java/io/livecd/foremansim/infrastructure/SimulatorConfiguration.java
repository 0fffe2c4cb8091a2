package io.livecd.foremansim.infrastructure;

import io.livecd.foremansim.ForemanSimulatorProperties;
import io.livecd.foremansim.application.Credentials;
import io.livecd.foremansim.application.Foreman;
import io.livecd.foremansim.application.ForemanApi;
import io.livecd.foremansim.application.PxeTemplate;
import io.livecd.foremansim.model.Inventory;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The simulator's beans, seeded from {@link ForemanSimulatorProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ForemanSimulatorProperties.class)
@Import({ ForemanApiController.class, SimulatorAdminController.class })
public class SimulatorConfiguration {

	@Bean
	Clock foremanClock() {
		return Clock.systemUTC();
	}

	@Bean
	Foreman foreman(ForemanSimulatorProperties properties, Clock foremanClock) {
		Foreman foreman = Foreman.empty(foremanClock);
		seed(foreman.inventory(), properties);
		return foreman;
	}

	@Bean
	ForemanApi foremanApi(Foreman foreman, ForemanSimulatorProperties properties, Clock foremanClock) {
		ForemanSimulatorProperties.Template template = properties.template();
		return new ForemanApi(foreman, new Credentials(properties.user(), properties.password(), properties.tokens()),
				new PxeTemplate(template.initrd(), template.mainparams(), template.modprobe()), foremanClock);
	}

	private static void seed(Inventory inventory, ForemanSimulatorProperties properties) {
		properties.organizations().forEach((org) -> inventory.addOrganization(org.id(), org.name()));
		properties.locations().forEach((location) -> inventory.addLocation(location.id(), location.name()));
		properties.hostgroups().forEach((group) -> inventory.addHostgroup(group.id(), group.name(), group.parentId()));
		properties.hosts()
			.forEach((host) -> inventory.addHost(host.id(), host.name(), host.organizationId(), host.locationId(),
					host.hostgroupId()));
	}

}
