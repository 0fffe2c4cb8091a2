package io.livecd.common.checksum;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Passes bytes through while counting them and hashing them with SHA-256, so a copy
 * (upload, download, promotion) verifies what it moved without a second read.
 */
public class ChecksummingInputStream extends FilterInputStream {

	private final MessageDigest digest = Sha256.newDigest();

	private long bytes;

	public ChecksummingInputStream(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b != -1) {
			this.digest.update((byte) b);
			this.bytes++;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			this.digest.update(buffer, offset, n);
			this.bytes += n;
		}
		return n;
	}

	@Override
	public long skip(long n) {
		throw new UnsupportedOperationException("skipping would leave bytes out of the checksum");
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	/** Bytes read so far. */
	public long bytes() {
		return this.bytes;
	}

	/** The hex SHA-256 of everything read; call once, at the end of the stream. */
	public String sha256() {
		return Sha256.hex(this.digest);
	}

}
