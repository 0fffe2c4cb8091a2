package io.livecd.repo.catalog;

import io.livecd.common.checksum.Sha256;
import io.livecd.common.event.Artifact;
import io.livecd.common.event.BuildCompleted;
import io.livecd.repo.catalog.model.AliasRule;
import io.livecd.repo.catalog.model.AliasRules;
import io.livecd.repo.catalog.model.Manifest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Builds, manifests and alias rules shaped like the real ones. */
public final class CatalogFixtures {

	public static final String ISO_JOB = "build_iso_speedtest_el8";

	public static final String DRACUT_JOB = "build_dracut_speedtest_el8";

	public static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

	private CatalogFixtures() {
	}

	public static AliasRules exampleRules() {
		return AliasRules.of(new AliasRule("speedtest.squashfs", ISO_JOB, "speedtest-*.squashfs"),
				new AliasRule("initrd", DRACUT_JOB, "initrd-*.img"), new AliasRule("vmlinuz", DRACUT_JOB, "vmlinuz-*"));
	}

	/** The bytes CI would have built for that file of that build. */
	public static byte[] content(String job, long build, String file) {
		return (job + "/" + build + "/" + file + "\n").repeat(3).getBytes(StandardCharsets.UTF_8);
	}

	public static Artifact artifact(String job, long build, String file) {
		byte[] bytes = content(job, build, file);
		return new Artifact(file, bytes.length, Sha256.of(bytes));
	}

	/** The ISO job's build: one squashfs named for the build. */
	public static BuildCompleted isoBuild(long build) {
		return aBuildCompleted(ISO_JOB, build, "speedtest-" + build + ".squashfs");
	}

	public static BuildCompleted aBuildCompleted(String job, long build, String... files) {
		List<Artifact> artifacts = Arrays.stream(files).map((f) -> artifact(job, build, f)).toList();
		return aBuildCompleted(job, build, artifacts);
	}

	public static BuildCompleted aBuildCompleted(String job, long build, List<Artifact> artifacts) {
		return new BuildCompleted(UUID.randomUUID().toString(), T0.plusSeconds(build), job, build, "speedtest",
				"5.14.0", "abc123", "https://ci.example/job/" + job + "/" + build, artifacts);
	}

	public static Manifest manifest(String job, long build, String... files) {
		return Manifest.of(aBuildCompleted(job, build, files), T0.plusSeconds(build + 1));
	}

	public static Manifest isoManifest(long build) {
		return Manifest.of(isoBuild(build), T0.plusSeconds(build + 1));
	}

}
