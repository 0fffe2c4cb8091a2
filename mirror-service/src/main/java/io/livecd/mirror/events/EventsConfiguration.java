package io.livecd.mirror.events;

import io.livecd.kafka.EventPublisher;
import io.livecd.kafka.EventTopics;
import io.livecd.mirror.MirrorServiceProperties;
import io.livecd.mirror.alias.application.MovingAlias;
import io.livecd.mirror.cache.application.PrewarmingCache;
import io.livecd.mirror.cache.application.PruningBuild;
import io.livecd.mirror.cache.application.Reports;
import io.livecd.mirror.status.Readiness;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;

/** Kafka in and out, or, with {@code livecd.mirror.events.enabled=false}, neither. */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "livecd.mirror.events.enabled", havingValue = "true", matchIfMissing = true)
	static class KafkaEvents {

		@Bean
		Reports kafkaReports(EventPublisher publisher, MirrorServiceProperties properties) {
			return new KafkaReports(publisher, properties.location(), Clock.systemUTC());
		}

		@Bean
		RepoEvents repoEvents(PrewarmingCache prewarming, MovingAlias movingAlias, PruningBuild pruning) {
			return new RepoEvents(prewarming, movingAlias, pruning);
		}

		@Bean
		RepoEventsListener repoEventsListener(RepoEvents events) {
			return new RepoEventsListener(events);
		}

		@Bean
		AliasReplay aliasReplay(ConsumerFactory<String, byte[]> consumers, EventTopics livecdTopics, RepoEvents events,
				Readiness readiness) {
			return new AliasReplay(consumers, livecdTopics.aliases(), events, readiness);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "livecd.mirror.events.enabled", havingValue = "false")
	static class NoEvents {

		@Bean
		Reports loggingReports() {
			return new LoggingReports();
		}

	}

}
