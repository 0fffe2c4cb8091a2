package io.livecd.foreman.task.infrastructure;

import io.livecd.common.event.HostTaskRequested;
import io.livecd.foreman.task.application.SettingHostTask;
import io.livecd.kafka.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Host task requests from livecd.ops. A consumer group with committed offsets: a restart
 * does not replay old requests (a replayed {@code wipe} would be dangerous).
 */
@Component
class HostTaskListener {

	private final SettingHostTask settingHostTask;

	HostTaskListener(SettingHostTask settingHostTask) {
		this.settingHostTask = settingHostTask;
	}

	@KafkaListener(topics = "#{@livecdTopics.ops()}", groupId = "foreman-bridge-tasks")
	void on(ConsumerRecord<String, byte[]> record) {
		IncomingEvents.decode(record).ifPresent((event) -> {
			if (event instanceof HostTaskRequested request) {
				this.settingHostTask.on(request);
			}
		});
	}

}
