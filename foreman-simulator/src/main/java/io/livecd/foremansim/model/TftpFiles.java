package io.livecd.foremansim.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The PXELinux files on the TFTP server, per host. As in Foreman, they are written only
 * by a config rebuild, not when a parameter changes. Thread-safe.
 */
public final class TftpFiles {

	private final Map<String, TftpFile> files = new HashMap<>();

	public synchronized TftpFile write(String host, String content) {
		TftpFile previous = this.files.get(host);
		TftpFile file = new TftpFile(host, content, (previous != null) ? previous.writes() + 1 : 1);
		this.files.put(host, file);
		return file;
	}

	public synchronized Optional<TftpFile> read(String host) {
		return Optional.ofNullable(this.files.get(host));
	}

	public synchronized void clear() {
		this.files.clear();
	}

	/**
	 * @param host the host's name
	 * @param content the rendered PXELinux template
	 * @param writes how often it was written
	 */
	public record TftpFile(String host, String content, int writes) {
	}

}
