package io.livecd.stack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.livecd.common.event.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaException;

/**
 * The system's topics: every one in {@link Topics#ALL} plus its dead-letter topic. A
 * dead-letter topic has as many partitions as its topic, because Spring Kafka's
 * dead-letter publisher keeps a poison record's partition number.
 */
final class KafkaTopics {

	static final int PARTITIONS = 3;

	private KafkaTopics() {
	}

	static List<NewTopic> definitions() {
		List<NewTopic> topics = new ArrayList<>();
		for (String name : Topics.ALL) {
			topics.add(new NewTopic(name, PARTITIONS, (short) 1).configs(Topics.settings(name)));
			topics.add(new NewTopic(Topics.deadLetter(name), PARTITIONS, (short) 1));
		}
		return topics;
	}

	/**
	 * Creates the topics that do not exist yet.
	 * @return how many were created
	 */
	static int ensure(String bootstrap, Duration timeout) {
		Properties config = new Properties();
		config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		int timeoutMillis = (int) timeout.toMillis();
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeoutMillis, 30_000));
		try (Admin admin = Admin.create(config)) {
			Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			List<NewTopic> missing = definitions().stream().filter((t) -> !existing.contains(t.name())).toList();
			if (!missing.isEmpty()) {
				admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
			return missing.size();
		}
		catch (ExecutionException | TimeoutException | KafkaException ex) {
			String cause = (ex.getCause() != null) ? " (" + ex.getCause().getMessage() + ")" : "";
			throw new IllegalStateException(
					"Cannot create the Kafka topics on " + bootstrap + ": " + ex.getMessage() + cause, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while creating the Kafka topics", ex);
		}
	}

}
