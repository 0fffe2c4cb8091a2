package io.livecd.mirror.cache.application;

import io.livecd.common.checksum.Sha256;
import io.livecd.mirror.cache.model.Expected;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Streams one file from the upstream into a temporary file, hashing it on the way, and
 * checks it against what the events and the upstream said it must be.
 */
final class Download {

	private static final int BUFFER = 256 * 1024;

	private final Fill fill;

	private final Expected expected;

	private final Upstream upstream;

	private final Path temp;

	Download(Fill fill, Expected expected, Upstream upstream, Path temp) {
		this.fill = fill;
		this.expected = expected;
		this.upstream = upstream;
		this.temp = temp;
	}

	/**
	 * The verified, flushed temporary file, or empty when the fill failed (it says why).
	 */
	Optional<Verified> run() throws IOException {
		Fetch fetch = this.upstream.fetch(this.fill.key());
		if (fetch instanceof Fetch.Missing) {
			this.fill.failed("not found upstream", true);
			return Optional.empty();
		}
		if (fetch instanceof Fetch.Refused refused) {
			this.fill.failed(refused.reason(), false);
			return Optional.empty();
		}
		try (UpstreamFile file = ((Fetch.Found) fetch).file()) {
			Expected want = this.expected.orElse(file.length(), file.sha256().orElse(null));
			if (file.length() >= 0 && want.size() != file.length()) {
				return failed("size mismatch: expected " + want.size() + " bytes, upstream announces " + file.length());
			}
			return copy(file.body(), want);
		}
	}

	private Optional<Verified> copy(InputStream in, Expected want) throws IOException {
		MessageDigest digest = Sha256.newDigest();
		long total = 0;
		try (FileChannel out = FileChannel.open(this.temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			this.fill.streaming(this.temp, want.size(), want.sha256());
			byte[] buffer = new byte[BUFFER];
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				if (this.fill.cancelled() != null) {
					return failed(this.fill.cancelled());
				}
				ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
				while (chunk.hasRemaining()) {
					out.write(chunk);
				}
				digest.update(buffer, 0, n);
				total += n;
				if (want.knownSize().isPresent() && total > want.size()) {
					return failed("size mismatch: upstream sent more than " + want.size() + " bytes");
				}
				this.fill.wrote(total);
			}
			if (this.fill.cancelled() != null) {
				return failed(this.fill.cancelled());
			}
			String sha256 = Sha256.hex(digest);
			Optional<String> mismatch = want.mismatch(total, sha256);
			if (mismatch.isPresent()) {
				return failed(mismatch.get());
			}
			if (!this.fill.verified(sha256)) {
				return failed(this.fill.cancelled());
			}
			out.force(true);
			return Optional.of(new Verified(this.temp, total, sha256));
		}
	}

	private Optional<Verified> failed(String reason) throws IOException {
		this.fill.failed(reason, false);
		Files.deleteIfExists(this.temp);
		return Optional.empty();
	}

	record Verified(Path temp, long size, String sha256) {
	}

}
