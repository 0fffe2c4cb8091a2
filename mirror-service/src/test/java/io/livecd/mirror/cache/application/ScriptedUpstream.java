package io.livecd.mirror.cache.application;

import io.livecd.common.checksum.Sha256;
import io.livecd.mirror.cache.model.ArtifactKey;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory upstream whose files can hold back their last bytes, fail, or lie. */
public final class ScriptedUpstream implements Upstream {

	private final Map<ArtifactKey, Script> scripts = new ConcurrentHashMap<>();

	private final Map<ArtifactKey, AtomicInteger> fetches = new ConcurrentHashMap<>();

	public Script serve(ArtifactKey key, byte[] bytes) {
		Script script = new Script(bytes);
		this.scripts.put(key, script);
		return script;
	}

	public int fetches(ArtifactKey key) {
		return this.fetches.computeIfAbsent(key, (k) -> new AtomicInteger()).get();
	}

	@Override
	public Fetch fetch(ArtifactKey key) throws IOException {
		int attempt = this.fetches.computeIfAbsent(key, (k) -> new AtomicInteger()).incrementAndGet();
		Script script = this.scripts.get(key);
		if (script == null) {
			return new Fetch.Missing();
		}
		if (attempt <= script.refusals) {
			return new Fetch.Refused("upstream answered 503");
		}
		return new Fetch.Found(script.open());
	}

	public static final class Script {

		private final byte[] bytes;

		private volatile int refusals;

		private volatile int corruptAt = -1;

		private volatile int holdAt = -1;

		private volatile boolean announceSha;

		private final CountDownLatch release = new CountDownLatch(1);

		private final CountDownLatch held = new CountDownLatch(1);

		Script(byte[] bytes) {
			this.bytes = bytes;
		}

		/** The first {@code times} fetches get a 503. */
		public Script refuse(int times) {
			this.refusals = times;
			return this;
		}

		/** Every fetch gets this byte flipped. */
		public Script corrupt(int offset) {
			this.corruptAt = offset;
			return this;
		}

		/** Sends {@code offset} bytes, then waits for {@link #release()}. */
		public Script holdAt(int offset) {
			this.holdAt = offset;
			return this;
		}

		public Script announceSha256() {
			this.announceSha = true;
			return this;
		}

		public void release() {
			this.release.countDown();
		}

		public boolean awaitHeld() throws InterruptedException {
			return this.held.await(10, TimeUnit.SECONDS);
		}

		UpstreamFile open() {
			byte[] body = this.bytes.clone();
			if (this.corruptAt >= 0) {
				body[this.corruptAt] ^= 1;
			}
			return new ScriptedFile(body, this.announceSha ? Sha256.of(this.bytes) : null);
		}

		private final class ScriptedFile extends InputStream implements UpstreamFile {

			private final byte[] body;

			private final String sha256;

			private int position;

			private volatile boolean aborted;

			ScriptedFile(byte[] body, String sha256) {
				this.body = body;
				this.sha256 = sha256;
			}

			@Override
			public long length() {
				return this.body.length;
			}

			@Override
			public Optional<String> sha256() {
				return Optional.ofNullable(this.sha256);
			}

			@Override
			public InputStream body() {
				return this;
			}

			@Override
			public void abort() {
				this.aborted = true;
				Script.this.release.countDown();
			}

			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (this.position == Script.this.holdAt) {
					Script.this.held.countDown();
					try {
						Script.this.release.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						throw new IOException("interrupted");
					}
				}
				if (this.aborted) {
					throw new IOException("aborted");
				}
				if (this.position == this.body.length) {
					return -1;
				}
				int end = this.body.length;
				if (Script.this.holdAt > this.position) {
					end = Math.min(end, Script.this.holdAt);
				}
				int n = Math.min(length, end - this.position);
				System.arraycopy(this.body, this.position, buffer, offset, n);
				this.position += n;
				return n;
			}

		}

	}

}
