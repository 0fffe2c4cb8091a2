package io.livecd.repo.catalog.infrastructure;

import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.LivecdEvent;
import io.livecd.kafka.IncomingEvents;
import io.livecd.repo.catalog.application.PublishingBuild;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/** {@code build.completed} in, one build at a time, in the order of each job. */
class BuildsListener {

	private static final Logger log = LoggerFactory.getLogger(BuildsListener.class);

	private final PublishingBuild publishing;

	BuildsListener(PublishingBuild publishing) {
		this.publishing = publishing;
	}

	@KafkaListener(topics = "#{@livecdTopics.builds()}")
	void on(ConsumerRecord<String, byte[]> record) {
		Optional<LivecdEvent> event = IncomingEvents.decode(record);
		if (event.isPresent() && event.get() instanceof BuildCompleted completed) {
			PublishingBuild.Outcome outcome = this.publishing.handle(completed);
			log.info("Build {} #{}: {}", completed.job(), completed.build(), outcome);
		}
	}

}
