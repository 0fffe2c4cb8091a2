package io.livecd.testkit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft broker and s3proxy in this JVM, started side by side on ephemeral
 * ports.
 */
final class EmbeddedServices implements Services {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);

	private final EmbeddedBroker broker;

	private final EmbeddedS3 s3;

	private EmbeddedServices(EmbeddedBroker broker, EmbeddedS3 s3) {
		this.broker = broker;
		this.s3 = s3;
	}

	static EmbeddedServices start() {
		long started = System.nanoTime();
		CompletableFuture<EmbeddedS3> s3 = CompletableFuture.supplyAsync(() -> {
			EmbeddedS3 server = EmbeddedS3.start();
			log.info("s3proxy ready at {} in {} ms", server.access().endpoint(), millisSince(started));
			return server;
		});
		EmbeddedBroker broker;
		try {
			broker = EmbeddedBroker.start();
		}
		catch (RuntimeException ex) {
			s3.thenAccept(EmbeddedS3::stop);
			throw ex;
		}
		log.info("Kafka broker ready at {} in {} ms", broker.bootstrapServers(), millisSince(started));
		try {
			return new EmbeddedServices(broker, s3.join());
		}
		catch (CompletionException ex) {
			broker.stop();
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private static long millisSince(long nanoTime) {
		return (System.nanoTime() - nanoTime) / 1_000_000;
	}

	@Override
	public String kafkaBootstrap() {
		return this.broker.bootstrapServers();
	}

	@Override
	public S3Access s3() {
		return this.s3.access();
	}

	@Override
	public boolean shared() {
		return false;
	}

	@Override
	public void stop() {
		this.s3.stop();
		this.broker.stop();
	}

}
