package io.livecd.foreman.parameters.infrastructure;

import io.livecd.web.tls.TrustedCa;
import io.livecd.foreman.ForemanBridgeProperties;
import io.livecd.foreman.parameters.application.ForemanParameters;
import io.livecd.foreman.parameters.application.ParameterEvents;
import io.livecd.foreman.parameters.application.UpdatingForemanParameters;
import io.livecd.foreman.parameters.application.UpdatingForemanParameters.RebuildPlan;
import io.livecd.foreman.parameters.model.RetryPolicy;
import io.livecd.kafka.EventPublisher;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Foreman over HTTP, its events on Kafka, and the lanes that write to it. */
@Configuration(proxyBeanMethods = false)
class ParametersConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ParametersConfiguration.class);

	@Bean
	ForemanParameters foremanParameters(ForemanBridgeProperties properties) {
		ForemanBridgeProperties.Foreman foreman = properties.foreman();
		log.info("Foreman bridge settings: {}", foreman);
		if (!foreman.configured()) {
			log.warn("No livecd.foreman.url (FOREMAN_URL): every Foreman update will fail and be reported as failed");
			return new ForemanNotConfigured();
		}
		ForemanCredentials credentials = ForemanCredentials.from(foreman);
		return new ForemanApiClient(new ForemanHttp(foreman.url(), credentials,
				TrustedCa.sslContext(foreman.caFile(), "Foreman"), foreman.connectTimeout(), foreman.requestTimeout()));
	}

	@Bean
	ParameterEvents parameterEvents(EventPublisher publisher) {
		return new KafkaParameterEvents(publisher);
	}

	@Bean(destroyMethod = "close")
	UpdatingForemanParameters updatingForemanParameters(ForemanParameters foremanParameters,
			ParameterEvents parameterEvents, ForemanBridgeProperties properties) {
		ForemanBridgeProperties.Foreman foreman = properties.foreman();
		RetryPolicy retry = new RetryPolicy(foreman.retry().maxAttempts(), foreman.retry().initialBackoff(),
				foreman.retry().maxBackoff(), () -> ThreadLocalRandom.current().nextDouble());
		return new UpdatingForemanParameters(foremanParameters, parameterEvents, retry,
				new RebuildPlan(foreman.rebuildHostgroups(), foreman.tasks().rebuildTftp()));
	}

}
