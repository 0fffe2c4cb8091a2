package io.livecd.build.support;

import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.LivecdEvent;
import io.livecd.kafka.IncomingEvents;
import io.livecd.testkit.TopicRecords;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One {@code livecd.builds} topic, read to its end at each call: a call after a publish
 * returned sees that event, with no waiting and no guessing.
 *
 * @param bootstrap the broker
 * @param topic the topic's name, prefix included
 */
public record BuildsTopic(String bootstrap, String topic) {

	/**
	 * Every {@code build.completed} of the build up to the current end of the topic; each
	 * record must be keyed by its job.
	 */
	public List<BuildCompleted> completed(String job, long build) {
		List<BuildCompleted> events = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : TopicRecords.read(this.bootstrap, this.topic)) {
			LivecdEvent event = IncomingEvents.decode(record).orElseThrow();
			if (event instanceof BuildCompleted completed && completed.job().equals(job)
					&& completed.build() == build) {
				if (!job.equals(record.key())) {
					throw new AssertionError("event " + event.id() + " is keyed " + record.key() + ", not by its job");
				}
				events.add(completed);
			}
		}
		return events;
	}

}
