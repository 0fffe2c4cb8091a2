package io.livecd.build.publish.infrastructure;

import io.livecd.build.BuildServiceProperties;
import io.livecd.build.publish.application.CompletingBuild;
import io.livecd.build.publish.application.EventsUnavailableException;
import io.livecd.build.publish.application.StagingUnavailableException;
import io.livecd.build.publish.application.SweepingStaging;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * The background work: at start-up make sure the bucket exists; then, each first after
 * one interval, relay pending events (the outbox) and sweep abandoned staging.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class StagingMaintenance implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(StagingMaintenance.class);

	private final S3Objects s3;

	private final CompletingBuild completing;

	private final SweepingStaging sweeping;

	private final BuildServiceProperties properties;

	StagingMaintenance(S3Objects s3, CompletingBuild completing, SweepingStaging sweeping,
			BuildServiceProperties properties) {
		this.s3 = s3;
		this.completing = completing;
		this.sweeping = sweeping;
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createBucket() {
		try {
			if (!this.s3.bucketExists()) {
				this.s3.createBucket();
				log.info("Created bucket {}", this.s3.bucket());
			}
		}
		catch (StagingUnavailableException ex) {
			log.warn("S3 is not reachable yet; uploads fail until it is: {}", ex.getMessage());
		}
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		Duration relay = this.properties.outbox().relayInterval();
		Duration sweep = this.properties.staging().sweepInterval();
		registrar.addFixedDelayTask(new FixedDelayTask(this::relay, relay, relay));
		registrar.addFixedDelayTask(new FixedDelayTask(this::sweep, sweep, sweep));
	}

	void relay() {
		try {
			int sent = this.completing.sendPending();
			if (sent > 0) {
				log.info("Sent {} pending build.completed events", sent);
			}
		}
		catch (EventsUnavailableException | StagingUnavailableException ex) {
			log.warn("Pending events stay pending: {}", ex.getMessage());
		}
	}

	void sweep() {
		try {
			int removed = this.sweeping.sweep();
			if (removed > 0) {
				log.info("Removed the staging of {} abandoned builds", removed);
			}
		}
		catch (StagingUnavailableException ex) {
			log.warn("Staging sweep failed: {}", ex.getMessage());
		}
	}

}
