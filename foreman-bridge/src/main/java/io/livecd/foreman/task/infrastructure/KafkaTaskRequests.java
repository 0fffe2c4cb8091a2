package io.livecd.foreman.task.infrastructure;

import io.livecd.common.event.HostTaskRequested;
import io.livecd.foreman.task.application.TaskRequests;
import io.livecd.kafka.EventPublisher;
import java.time.Instant;
import java.util.UUID;

/** {@code host.task-requested} on livecd.ops, keyed by host. */
final class KafkaTaskRequests implements TaskRequests {

	private final EventPublisher publisher;

	KafkaTaskRequests(EventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public String publish(String host, String task, String actor) {
		String id = UUID.randomUUID().toString();
		this.publisher.publish(new HostTaskRequested(id, Instant.now(), host, task, actor));
		return id;
	}

}
