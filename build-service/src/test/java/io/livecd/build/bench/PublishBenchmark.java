package io.livecd.build.bench;

import io.livecd.build.support.ApiClient;
import io.livecd.build.support.ServiceProcess;
import io.livecd.testkit.GeneratedContent;
import io.livecd.testkit.Infrastructure;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Uploads one file through build-service (its jar, {@code -Xmx256m}, a separate JVM) and
 * directly with the MinIO SDK to the same S3 server, alternating, after one warm-up round
 * of each that is not counted, and prints the medians and their ratio. Not a test:
 * {@code build-service/bench/publish-bench.sh} runs it.
 *
 * <p>
 * Arguments: {@code rounds} (default 3) and the size in MiB (default 1024).
 */
public final class PublishBenchmark {

	private static final long PART_SIZE = 16L << 20;

	private PublishBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rounds = (args.length > 0) ? Integer.parseInt(args[0]) : 3;
		long size = ((args.length > 1) ? Long.parseLong(args[1]) : 1024L) << 20;
		Path dir = Files.createDirectories(Path.of("target", "bench"));
		Path file = dir.resolve("artifact.bin");
		if (!Files.exists(file) || Files.size(file) != size) {
			try (InputStream in = GeneratedContent.of(size, 1)) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		Infrastructure infrastructure = Infrastructure.shared();
		Map<String, Object> properties = infrastructure.springProperties();
		String bucket = (String) properties.get("livecd.s3.bucket");
		List<Double> viaService = new ArrayList<>();
		List<Double> direct = new ArrayList<>();
		try (ServiceProcess service = ServiceProcess.start(List.of("-Xmx256m"), environment(properties),
				dir.resolve("build-service.log"))) {
			ApiClient api = new ApiClient(service.baseUrl(), ApiClient.CI_TOKEN);
			MinioClient minio = infrastructure.minio();
			for (int round = 0; round <= rounds; round++) {
				double viaHttp = throughService(api, round + 1, file, size);
				double minioDirect = directly(minio, bucket, round, file, size);
				System.out.printf(Locale.ROOT, "%s: build-service %.1f MB/s, direct %.1f MB/s, ratio %.2f%n",
						(round == 0) ? "warm-up (not counted)" : "round " + round, mbPerSecond(size, viaHttp),
						mbPerSecond(size, minioDirect), minioDirect / viaHttp);
				if (round > 0) {
					viaService.add(viaHttp);
					direct.add(minioDirect);
				}
			}
		}
		double serviceMedian = median(viaService);
		double directMedian = median(direct);
		System.out.printf(Locale.ROOT,
				"%d rounds of %d MiB: build-service median %.1f s (%.1f MB/s), direct median %.1f s (%.1f MB/s),"
						+ " ratio %.2f%n",
				rounds, size >> 20, serviceMedian, mbPerSecond(size, serviceMedian), directMedian,
				mbPerSecond(size, directMedian), directMedian / serviceMedian);
		System.exit(0);
	}

	private static double throughService(ApiClient api, int round, Path file, long size) throws IOException {
		api.open(ApiClient.JOB, round, "bench");
		long start = System.nanoTime();
		HttpResponse<String> response = api.put(api.buildPath(ApiClient.JOB, round) + "/artifacts/artifact.bin",
				BodyPublishers.ofFile(file), Map.of());
		double seconds = (System.nanoTime() - start) / 1e9;
		if (response.statusCode() != 200 || !response.body().contains("\"size\":" + size)) {
			throw new IllegalStateException("upload through build-service failed: " + response.body());
		}
		api.abort(ApiClient.JOB, round);
		return seconds;
	}

	private static double directly(MinioClient minio, String bucket, int round, Path file, long size) throws Exception {
		String key = "direct/" + round + "/artifact.bin";
		long start = System.nanoTime();
		try (InputStream in = Files.newInputStream(file)) {
			minio.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(in, size, PART_SIZE).build());
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		minio.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
		return seconds;
	}

	private static Map<String, String> environment(Map<String, Object> properties) {
		Map<String, String> environment = new HashMap<>();
		environment.put("KAFKA_BOOTSTRAP", (String) properties.get("spring.kafka.bootstrap-servers"));
		environment.put("S3_ENDPOINT", (String) properties.get("livecd.s3.endpoint"));
		environment.put("S3_ACCESS_KEY", (String) properties.get("livecd.s3.access-key"));
		environment.put("S3_SECRET_KEY", (String) properties.get("livecd.s3.secret-key"));
		environment.put("S3_REGION", (String) properties.get("livecd.s3.region"));
		environment.put("S3_BUCKET", (String) properties.get("livecd.s3.bucket"));
		environment.put("LIVECD_TOPIC_PREFIX", (String) properties.get("livecd.events.topic-prefix"));
		environment.put("LIVECD_TOKENS", ApiClient.TOKENS);
		return environment;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static double mbPerSecond(long bytes, double seconds) {
		return bytes / seconds / 1e6;
	}

}
