package io.livecd.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.annotation.KafkaListener;

/** A minimal Boot application, configured the way the services configure theirs. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(TestApplication.Received.class)
class TestApplication {

	static class Received {

		private final List<String> values = new CopyOnWriteArrayList<>();

		@KafkaListener(topics = "${livecd.events.topic-prefix}testkit.spring", groupId = "testkit-spring")
		void on(String value) {
			this.values.add(value);
		}

		List<String> values() {
			return this.values;
		}

	}

}
