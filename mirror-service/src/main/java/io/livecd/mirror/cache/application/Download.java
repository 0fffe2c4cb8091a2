package io.livecd.mirror.cache.application;

import io.livecd.common.checksum.Sha256;
import io.livecd.mirror.cache.model.Expected;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Streams one file from the upstream into a temporary file, hashing it on the way, and
 * checks it against what the events and the upstream said it must be. {@link #open()}
 * runs on the thread that asked first and touches only the network, so its client gets
 * the headers without waiting for another thread or the disk; {@link #copy()} creates the
 * temporary file and runs on a fill thread.
 */
final class Download implements AutoCloseable {

	private static final int BUFFER = 256 * 1024;

	private final Fill fill;

	private final Expected expected;

	private final Upstream upstream;

	private final Path temp;

	private UpstreamFile file;

	private FileChannel out;

	private Expected want;

	Download(Fill fill, Expected expected, Upstream upstream, Path temp) {
		this.fill = fill;
		this.expected = expected;
		this.upstream = upstream;
		this.temp = temp;
	}

	/**
	 * Asks the upstream; {@code false} when the fill already failed (it says why), also
	 * when a known length finds no {@code room} on the disk: before any reader got
	 * headers.
	 */
	boolean open(LongPredicate room) throws IOException {
		Fetch fetch = this.upstream.fetch(this.fill.key());
		if (fetch instanceof Fetch.Missing) {
			this.fill.failed("not found upstream", true);
			return false;
		}
		if (fetch instanceof Fetch.Refused refused) {
			this.fill.failed(refused.reason(), false);
			return false;
		}
		this.file = ((Fetch.Found) fetch).file();
		this.fill.attach(this.file);
		this.want = this.expected.orElse(this.file.length(), this.file.sha256().orElse(null));
		if (this.file.length() >= 0 && this.want.size() != this.file.length()) {
			this.fill.failed(
					"size mismatch: expected " + this.want.size() + " bytes, upstream announces " + this.file.length(),
					false);
			return false;
		}
		if (this.want.knownSize().isPresent() && !room.test(this.want.size())) {
			this.fill.failed("no room on this mirror's disk for " + this.want.size() + " bytes", false);
			return false;
		}
		this.fill.streaming(this.temp, this.want.size(), this.want.sha256());
		return true;
	}

	/**
	 * The verified, flushed temporary file, or empty when the fill failed (it says why).
	 */
	Optional<Verified> copy() throws IOException {
		Files.createDirectories(this.temp.getParent());
		this.out = FileChannel.open(this.temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
		MessageDigest digest = Sha256.newDigest();
		byte[] buffer = new byte[BUFFER];
		long total = 0;
		for (int n = this.file.body().read(buffer); n != -1; n = this.file.body().read(buffer)) {
			if (this.fill.cancelled() != null) {
				return failed(this.fill.cancelled());
			}
			ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
			while (chunk.hasRemaining()) {
				this.out.write(chunk);
			}
			digest.update(buffer, 0, n);
			total += n;
			if (this.want.knownSize().isPresent() && total > this.want.size()) {
				return failed("size mismatch: upstream sent more than " + this.want.size() + " bytes");
			}
			this.fill.wrote(total);
		}
		if (this.fill.cancelled() != null) {
			return failed(this.fill.cancelled());
		}
		String sha256 = Sha256.hex(digest);
		Optional<String> mismatch = this.want.mismatch(total, sha256);
		if (mismatch.isPresent()) {
			return failed(mismatch.get());
		}
		if (!this.fill.verified(sha256)) {
			return failed(this.fill.cancelled());
		}
		this.out.force(true);
		return Optional.of(new Verified(this.temp, total, sha256));
	}

	@Override
	public void close() throws IOException {
		try (UpstreamFile upstreamFile = this.file; FileChannel channel = this.out) {
			this.file = null;
			this.out = null;
		}
	}

	private Optional<Verified> failed(String reason) throws IOException {
		this.fill.failed(reason, false);
		close();
		Files.deleteIfExists(this.temp);
		return Optional.empty();
	}

	record Verified(Path temp, long size, String sha256) {
	}

}
