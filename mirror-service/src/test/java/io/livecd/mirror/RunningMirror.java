package io.livecd.mirror;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** One mirror instance started by a test, on an ephemeral port and its own cache dir. */
final class RunningMirror implements AutoCloseable {

	static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final ConfigurableApplicationContext context;

	private final Path cacheDir;

	private final Integer filePort;

	private RunningMirror(ConfigurableApplicationContext context, Path cacheDir) {
		this.context = context;
		this.cacheDir = cacheDir;
		this.filePort = context.getEnvironment()
			.getProperty(MirrorServiceProperties.FileServer.LOCAL_PORT, Integer.class);
	}

	/** A mirror without Kafka. */
	static RunningMirror standalone(String location, String upstream, Path cacheDir) {
		return standalone(location, upstream, cacheDir, Map.of());
	}

	/** A mirror without Kafka, with extra settings. */
	static RunningMirror standalone(String location, String upstream, Path cacheDir, Map<String, Object> settings) {
		return start(location, upstream, cacheDir, settings, "standalone");
	}

	/** A mirror without Kafka whose {@code /livecd/} is served by the file server. */
	static RunningMirror withFileServer(String location, String upstream, Path cacheDir, Map<String, Object> settings) {
		Map<String, Object> all = new LinkedHashMap<>(settings);
		all.put("livecd.mirror.file-server.port", "0");
		return standalone(location, upstream, cacheDir, all);
	}

	/** A mirror that follows the events, with extra settings such as Kafka's. */
	static RunningMirror withEvents(String location, String upstream, Path cacheDir, Map<String, Object> settings) {
		return start(location, upstream, cacheDir, settings);
	}

	private static RunningMirror start(String location, String upstream, Path cacheDir, Map<String, Object> settings,
			String... profiles) {
		Map<String, Object> properties = new LinkedHashMap<>(settings);
		properties.put("server.port", "0");
		properties.put("server.address", "127.0.0.1");
		properties.put("livecd.mirror.location", location);
		properties.put("livecd.mirror.upstream", upstream);
		properties.put("livecd.mirror.cache-dir", cacheDir.toString());
		properties.put("livecd.mirror.upstream-timeout", "20s");
		properties.put("livecd.mirror.retry.attempts", "1");
		properties.put("livecd.mirror.retry.initial-backoff", "100ms");
		properties.put("livecd.mirror.retry.max-backoff", "100ms");
		properties.put("livecd.mirror.warmup-misses", "20");
		properties.put("spring.main.banner-mode", "off");
		String[] arguments = properties.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(MirrorServiceApplication.class)
			.profiles(profiles)
			.run(arguments);
		return new RunningMirror(context, cacheDir);
	}

	int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** The port that serves {@code /livecd/}: the file server's if it runs. */
	int livecdPort() {
		return (this.filePort != null) ? this.filePort : port();
	}

	String url() {
		return "http://127.0.0.1:" + port();
	}

	/** On the port that serves it: {@code /livecd/} on {@link #livecdPort()}. */
	URI uri(String path) {
		int target = path.startsWith("/livecd/") ? livecdPort() : port();
		return URI.create("http://127.0.0.1:" + target + path);
	}

	Path cacheDir() {
		return this.cacheDir;
	}

	Path cached(String job, String file) {
		return this.cacheDir.resolve("builds").resolve(job).resolve(file);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	String getString(String path) throws IOException, InterruptedException {
		return CLIENT.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
