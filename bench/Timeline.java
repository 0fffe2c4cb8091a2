import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Prints every record of the given topics, from their beginning to their current end, one
 * JSON object a line: {"ts": record timestamp in ms, "topic", "type": ce_type, "event":
 * the payload}. No consumer group, nothing committed. Run with the Kafka classpath the
 * local stack resolved: java -cp "$(cat $LIVECD_HOME/tools/kafka.classpath)"
 * bench/Timeline.java BOOTSTRAP TOPIC...
 */
public class Timeline {

	public static void main(String[] args) {
		Properties props = new Properties();
		props.put("bootstrap.servers", args[0]);
		props.put("key.deserializer", ByteArrayDeserializer.class.getName());
		props.put("value.deserializer", ByteArrayDeserializer.class.getName());
		props.put("enable.auto.commit", "false");
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (int i = 1; i < args.length; i++) {
				consumer.partitionsFor(args[i]).forEach((p) -> partitions.add(new TopicPartition(p.topic(), p.partition())));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch((p) -> consumer.position(p) < end.get(p))) {
				for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
					Header type = record.headers().lastHeader("ce_type");
					System.out.println("{\"ts\":" + record.timestamp() + ",\"topic\":\"" + record.topic()
							+ "\",\"type\":\"" + ((type != null) ? new String(type.value(), StandardCharsets.UTF_8) : "")
							+ "\",\"event\":" + new String(record.value(), StandardCharsets.UTF_8) + "}");
				}
			}
		}
	}

}
