package io.livecd.mirror;

import io.livecd.common.name.Names;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of one mirror instance.
 *
 * @param location the location this instance serves (consumer group
 * {@code <topic prefix>mirror-<location>}, subject of its events)
 * @param upstream base URL of the central repository or of another mirror
 * @param cacheDir where cached files live
 * @param quota disk space the cache may use; alias targets are kept even beyond it
 * @param diskReserve space the cache leaves free on its disk: files are evicted to keep
 * it, and a download that would eat into it even then is refused
 * @param publicUrl base URL clients use to reach this mirror, for the status page
 * @param parallelism how many files are pre-warmed at once
 * @param upstreamTimeout longest silence of the upstream before a download fails
 * @param upstreamCaFile PEM certificates to trust for an {@code https://} upstream,
 * instead of the JDK's ({@code MIRROR_UPSTREAM_CA_FILE})
 * @param retry how failed pre-warms are retried
 * @param warmupMisses how many misses from a loopback origin warm up the miss path before
 * the mirror reports ready, enough for the JIT's optimising compiler (about 5000 calls of
 * a method); 0 turns the warm-up off
 * @param events whether the mirror talks to Kafka; without, it is a plain pull-through
 * cache
 * @param fileServer the blocking HTTP/1.1 server for {@code /livecd/} on a port of its
 * own
 */
@Validated
@ConfigurationProperties("livecd.mirror")
public record MirrorServiceProperties(@NotNull String location, @NotNull URI upstream, @NotNull Path cacheDir,
		@DefaultValue("50GB") @NotNull DataSize quota, @DefaultValue("1GB") @NotNull DataSize diskReserve,
		@NotNull URI publicUrl, @DefaultValue("2") @Min(1) int parallelism,
		@DefaultValue("30s") @NotNull Duration upstreamTimeout, Path upstreamCaFile,
		@DefaultValue @NotNull @Valid Retry retry, @DefaultValue("5000") @Min(0) int warmupMisses,
		@DefaultValue @NotNull @Valid Events events, @DefaultValue @NotNull @Valid FileServer fileServer) {

	public MirrorServiceProperties {
		Names.require("location", location);
		if (cacheDir == null || cacheDir.toString().isBlank()) {
			throw new IllegalArgumentException("cache-dir is missing (MIRROR_CACHE_DIR)");
		}
	}

	/**
	 * @param attempts retries after the first failed try
	 * @param initialBackoff pause before the first retry, doubled for each next one
	 * @param maxBackoff longest pause
	 */
	public record Retry(@DefaultValue("5") @Min(0) int attempts, @DefaultValue("1s") @NotNull Duration initialBackoff,
			@DefaultValue("1m") @NotNull Duration maxBackoff) {
	}

	/**
	 * @param enabled {@code false} runs the mirror without Kafka
	 */
	public record Events(@DefaultValue("true") boolean enabled) {
	}

	/**
	 * @param port where the file server listens ({@code MIRROR_FILE_PORT}, 0 for any free
	 * port); unset: no file server, the servlet container serves {@code /livecd/}
	 * @param spareThreads threads kept waiting for a new connection
	 * @param maxThreads most connections served at once
	 * @param idleTimeout longest wait for the next request on an open connection, and
	 * longest read or write that makes no progress
	 */
	public record FileServer(@Min(0) Integer port, @DefaultValue("8") @Min(1) int spareThreads,
			@DefaultValue("512") @Min(1) int maxThreads, @DefaultValue("20s") @NotNull Duration idleTimeout) {

		/**
		 * The port it listens on once started, as {@code local.server.port} is Tomcat's.
		 */
		public static final String LOCAL_PORT = "local.livecd.file-port";

	}

}
