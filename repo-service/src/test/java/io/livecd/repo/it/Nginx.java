package io.livecd.repo.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A private nginx serving a directory: its own prefix, configuration, logs and pid file
 * in a temporary directory, on a free loopback port, in the foreground, stopped by
 * {@link #close}. Its 416 answers carry an empty body, as repo-service's do.
 */
final class Nginx implements AutoCloseable {

	static final Path BINARY = Path.of("/usr/sbin/nginx");

	private final Process process;

	private final int port;

	private Nginx(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static boolean installed() {
		return Files.isExecutable(BINARY);
	}

	/**
	 * Serves {@code base/www} at {@code http://127.0.0.1:port/}, with its prefix in
	 * {@code base/nginx}.
	 */
	static Nginx serve(Path base) throws IOException, InterruptedException {
		Path root = base.resolve("www");
		Path prefix = base.resolve("nginx");
		int port = freePort();
		Files.createDirectories(prefix.resolve("temp"));
		Files.writeString(root.resolve("empty-416"), "");
		Files.writeString(prefix.resolve("nginx.conf"), """
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events { worker_connections 64; }
				http {
				    access_log off;
				    types { }
				    default_type application/octet-stream;
				    client_body_temp_path %1$s/temp/body;
				    proxy_temp_path %1$s/temp/proxy;
				    fastcgi_temp_path %1$s/temp/fastcgi;
				    uwsgi_temp_path %1$s/temp/uwsgi;
				    scgi_temp_path %1$s/temp/scgi;
				    server {
				        listen 127.0.0.1:%2$d;
				        root %3$s;
				        error_page 416 /empty-416;
				        location = /empty-416 { internal; }
				    }
				}
				""".formatted(prefix, port, root));
		readableByAll(base);
		Process process = new ProcessBuilder(BINARY.toString(), "-p", prefix.toString(), "-c",
				prefix.resolve("nginx.conf").toString(), "-g", "daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(prefix.resolve("stdout.log").toFile())
			.start();
		Nginx nginx = new Nginx(process, port);
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (!nginx.accepts()) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				nginx.close();
				throw new IOException("nginx did not start: " + Files.readString(prefix.resolve("stdout.log")) + " "
						+ (Files.exists(prefix.resolve("error.log")) ? Files.readString(prefix.resolve("error.log"))
								: ""));
			}
			process.waitFor(100, TimeUnit.MILLISECONDS);
		}
		return nginx;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	private boolean accepts() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/**
	 * nginx's workers may run as another user: opens the temporary directory and the tree
	 * below it (only that) to all readers.
	 */
	private static void readableByAll(Path base) throws IOException {
		try (var paths = Files.walk(base)) {
			for (Path path : paths.toList()) {
				Files.setPosixFilePermissions(path,
						PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
			}
		}
	}

}
