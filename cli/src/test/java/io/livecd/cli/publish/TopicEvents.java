package io.livecd.cli.publish;

import io.livecd.common.envelope.Decoding;
import io.livecd.common.envelope.EventCodec;
import io.livecd.common.event.BuildCompleted;
import io.livecd.common.event.LivecdEvent;
import io.livecd.testkit.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The events on a topic, read from its beginning to its current end each time they are
 * asked for (shared with the cli's other integration tests); a record that is not a valid
 * event fails the test.
 */
public final class TopicEvents {

	private final String bootstrap;

	private final String topic;

	public TopicEvents(String bootstrap, String topic) {
		this.bootstrap = bootstrap;
		this.topic = topic;
	}

	List<BuildCompleted> of(String job, long build) {
		return all(BuildCompleted.class).stream().filter((e) -> e.job().equals(job) && e.build() == build).toList();
	}

	/**
	 * Every event of {@code type} on the topic, from its beginning to its current end.
	 */
	public <E extends LivecdEvent> List<E> all(Class<E> type) {
		return TopicRecords.read(this.bootstrap, this.topic)
			.stream()
			.map(TopicEvents::decode)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}

	private static LivecdEvent decode(ConsumerRecord<String, byte[]> record) {
		Map<String, String> headers = new HashMap<>();
		for (Header header : record.headers()) {
			headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
		}
		Decoding decoding = EventCodec.decode(headers, record.value());
		if (!(decoding instanceof Decoding.Decoded decoded)) {
			throw new AssertionError("not a valid event at offset " + record.offset() + ": " + decoding);
		}
		return decoded.event();
	}

}
