package io.livecd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * s3proxy on an ephemeral port, storing objects with the jclouds {@code filesystem-nio2}
 * provider in a temporary directory.
 */
final class EmbeddedS3 {

	private static final String ACCESS_KEY = "livecd-testkit";

	private final Path baseDir;

	private final BlobStoreContext blobStore;

	private final S3Proxy proxy;

	private final S3Access access;

	private EmbeddedS3(Path baseDir, BlobStoreContext blobStore, S3Proxy proxy, S3Access access) {
		this.baseDir = baseDir;
		this.blobStore = blobStore;
		this.proxy = proxy;
		this.access = access;
	}

	static EmbeddedS3 start() {
		String secretKey = UUID.randomUUID().toString();
		Path baseDir = createTempDirectory();
		Properties overrides = new Properties();
		overrides.setProperty("jclouds.filesystem.basedir", baseDir.toString());
		BlobStoreContext blobStore = ContextBuilder.newBuilder("filesystem-nio2")
			.credentials(ACCESS_KEY, secretKey)
			.overrides(overrides)
			.build(BlobStoreContext.class);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(blobStore.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, secretKey)
			.build();
		try {
			proxy.start();
		}
		catch (Exception ex) {
			blobStore.close();
			deleteRecursively(baseDir);
			throw new IllegalStateException("s3proxy did not start", ex);
		}
		S3Access access = new S3Access("http://127.0.0.1:" + proxy.getPort(), ACCESS_KEY, secretKey, "us-east-1");
		return new EmbeddedS3(baseDir, blobStore, proxy, access);
	}

	S3Access access() {
		return this.access;
	}

	void stop() {
		try {
			this.proxy.stop();
		}
		catch (Exception ex) {
			// the JVM is going down; the directory is removed below regardless
		}
		this.blobStore.close();
		deleteRecursively(this.baseDir);
	}

	private static Path createTempDirectory() {
		try {
			return Files.createTempDirectory("livecd-testkit-s3-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path dir) {
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			// best effort: a temp dir left behind is harmless
		}
	}

}
