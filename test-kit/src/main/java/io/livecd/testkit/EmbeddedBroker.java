package io.livecd.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.utils.Exit;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A single-node KRaft broker on an ephemeral port. Kafka's test kit deletes the broker's
 * directories in shutdown hooks of its own, which race the broker's shutdown and fill the
 * log with checkpoint errors; this class takes those hooks over and runs them after the
 * broker has stopped.
 */
final class EmbeddedBroker {

	private final EmbeddedKafkaKraftBroker broker;

	private final List<Runnable> directoryCleanup;

	private EmbeddedBroker(EmbeddedKafkaKraftBroker broker, List<Runnable> directoryCleanup) {
		this.broker = broker;
		this.directoryCleanup = directoryCleanup;
	}

	static EmbeddedBroker start() {
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
		broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
		List<Runnable> directoryCleanup = new CopyOnWriteArrayList<>();
		Exit.setShutdownHookAdder((name, hook) -> directoryCleanup.add(hook));
		EmbeddedBroker embedded = new EmbeddedBroker(broker, directoryCleanup);
		try {
			broker.afterPropertiesSet();
			return embedded;
		}
		catch (RuntimeException ex) {
			embedded.stop();
			throw ex;
		}
		finally {
			Exit.resetShutdownHookAdder();
		}
	}

	String bootstrapServers() {
		return this.broker.getBrokersAsString();
	}

	void stop() {
		try {
			this.broker.destroy();
		}
		finally {
			this.directoryCleanup.forEach(Runnable::run);
		}
	}

}
