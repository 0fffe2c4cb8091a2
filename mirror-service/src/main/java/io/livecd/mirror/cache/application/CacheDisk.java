package io.livecd.mirror.cache.application;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.BuildPaths;
import io.livecd.mirror.cache.model.ArtifactKey;
import io.livecd.mirror.cache.model.CachedArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cache on disk. Complete files live at {@code builds/{job}/{file}} with their size
 * and checksum in {@code .meta/{job}/{file}}; downloads grow in {@code .tmp/} and are
 * renamed into place only once verified and flushed, so a crash never leaves a partial
 * file under {@code builds/}. Names never start with a dot, so no file can collide with
 * the two hidden folders.
 */
public final class CacheDisk {

	private static final Logger log = LoggerFactory.getLogger(CacheDisk.class);

	private final Path builds;

	private final Path meta;

	private final Path temp;

	private final String run = Long.toHexString(System.currentTimeMillis());

	private final AtomicLong sequence = new AtomicLong();

	public CacheDisk(Path root) {
		this.builds = root.resolve(BuildPaths.BUILDS);
		this.meta = root.resolve(".meta");
		this.temp = root.resolve(".tmp");
	}

	public Path file(ArtifactKey key) {
		return this.builds.resolve(key.job()).resolve(key.file());
	}

	private Path metaOf(ArtifactKey key) {
		return this.meta.resolve(key.job()).resolve(key.file());
	}

	/**
	 * A new, not yet existing path for a download in progress; nothing touches the disk
	 * until the file is created (its folder may not exist yet).
	 */
	public Path newTemp() {
		return this.temp.resolve(this.run + "-" + this.sequence.incrementAndGet() + ".part");
	}

	/** Moves a flushed, verified download into place, its metadata first. */
	public void commit(Path download, CachedArtifact artifact) throws IOException {
		Path metaTemp = newTemp();
		Files.createDirectories(metaTemp.getParent());
		String line = artifact.sha256() + " " + artifact.size() + " " + artifact.build() + "\n";
		try (FileChannel channel = FileChannel.open(metaTemp, StandardOpenOption.CREATE_NEW,
				StandardOpenOption.WRITE)) {
			channel.write(StandardCharsets.US_ASCII.encode(line));
			channel.force(true);
		}
		Files.createDirectories(metaOf(artifact.key()).getParent());
		Files.move(metaTemp, metaOf(artifact.key()), StandardCopyOption.ATOMIC_MOVE);
		Files.createDirectories(file(artifact.key()).getParent());
		Files.move(download, file(artifact.key()), StandardCopyOption.ATOMIC_MOVE);
	}

	/** Removes a file and then its metadata; readers that have it open keep reading. */
	public void delete(ArtifactKey key) throws IOException {
		Files.deleteIfExists(file(key));
		Files.deleteIfExists(metaOf(key));
	}

	/** The checksum of the bytes on disk now. */
	public String hash(ArtifactKey key) throws IOException {
		try (InputStream in = Files.newInputStream(file(key))) {
			return Sha256.of(in);
		}
	}

	/**
	 * What a previous run left: deletes every download in progress, every file without
	 * valid metadata or whose size differs from it, and metadata without a file; returns
	 * the rest.
	 */
	public List<CachedArtifact> scan() throws IOException {
		deleteTree(this.temp);
		List<CachedArtifact> found = new ArrayList<>();
		for (Path file : files(this.builds)) {
			Optional<CachedArtifact> artifact = read(file);
			if (artifact.isPresent()) {
				found.add(artifact.get());
			}
			else {
				log.warn("Deleting {}: its size or metadata does not match", file);
				Files.deleteIfExists(file);
			}
		}
		for (Path stale : files(this.meta)) {
			if (!Files.exists(this.builds.resolve(this.meta.relativize(stale)))) {
				Files.deleteIfExists(stale);
			}
		}
		return found;
	}

	/**
	 * Deletes every file and folder of this cache: for a throwaway one, like the
	 * warm-up's.
	 */
	public void discard() throws IOException {
		for (Path folder : List.of(this.builds, this.meta, this.temp)) {
			deleteTree(folder);
			Files.deleteIfExists(folder);
		}
	}

	private Optional<CachedArtifact> read(Path file) throws IOException {
		try {
			ArtifactKey key = new ArtifactKey(file.getParent().getFileName().toString(), file.getFileName().toString());
			Path metaFile = metaOf(key);
			if (!Files.isRegularFile(metaFile)) {
				return Optional.empty();
			}
			String[] fields = Files.readString(metaFile, StandardCharsets.US_ASCII).strip().split(" ");
			CachedArtifact artifact = new CachedArtifact(key, Long.parseLong(fields[1]), fields[0],
					Long.parseLong(fields[2]));
			return (Files.size(file) == artifact.size()) ? Optional.of(artifact) : Optional.empty();
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return Optional.empty();
		}
	}

	/** Regular files exactly two levels below {@code root} ({@code job/file}). */
	private static List<Path> files(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.find(root, 2,
				(path, attributes) -> attributes.isRegularFile() && root.relativize(path).getNameCount() == 2)) {
			return paths.toList();
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount())
				.filter((path) -> !path.equals(root))
				.forEach((path) -> {
					try {
						Files.deleteIfExists(path);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
		}
	}

}
