package io.livecd.kafka;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a service talks to the event log.
 *
 * @param topicPrefix prepended to every topic and consumer group, so several deployments
 * or test runs can share one broker without seeing each other's events or joining each
 * other's groups
 * @param partitions partitions of each topic created at start-up
 * @param retry how often a failing event is retried before it is dead-lettered
 * @param sendTimeout how long a publish waits for the broker's acknowledgement
 */
@Validated
@ConfigurationProperties("livecd.events")
public record EventsProperties(@DefaultValue("") String topicPrefix, @DefaultValue("3") @Min(1) int partitions,
		@DefaultValue @NotNull Retry retry, @DefaultValue("15s") @NotNull Duration sendTimeout) {

	/**
	 * @param attempts retries after the first failure
	 * @param initialInterval first back-off, doubled each retry
	 * @param maxInterval longest back-off
	 */
	public record Retry(@DefaultValue("6") @Min(0) int attempts, @DefaultValue("500ms") Duration initialInterval,
			@DefaultValue("30s") Duration maxInterval) {
	}

}
