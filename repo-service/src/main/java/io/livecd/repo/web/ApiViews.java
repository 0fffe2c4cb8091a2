package io.livecd.repo.web;

import io.livecd.common.event.AliasTarget;
import io.livecd.common.event.AliasUpdated;
import io.livecd.common.event.Artifact;
import io.livecd.repo.catalog.model.AliasRule;
import io.livecd.repo.catalog.model.BuildRef;
import io.livecd.repo.catalog.model.Catalog;
import io.livecd.repo.catalog.model.Manifest;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The JSON the API answers with, built from a catalog snapshot. */
final class ApiViews {

	private ApiViews() {
	}

	static String fileUrl(String job, String file) {
		return "/livecd/builds/" + job + "/" + file;
	}

	record JobView(String job, List<Long> builds, List<String> aliases) {
	}

	record FileView(String name, long size, String sha256, String url) {

		static FileView of(String job, Artifact artifact) {
			return new FileView(artifact.name(), artifact.size(), artifact.sha256(), fileUrl(job, artifact.name()));
		}

	}

	record BuildView(String job, long build, String image, String kernel, String gitCommit, String ciUrl,
			Instant builtAt, Instant publishedAt, List<FileView> files, List<String> aliases, List<String> pinnedBy) {

		static BuildView of(Catalog catalog, Manifest manifest) {
			List<FileView> files = manifest.artifacts().stream().map((a) -> FileView.of(manifest.job(), a)).toList();
			List<String> aliases = catalog.aliases()
				.values()
				.stream()
				.filter((u) -> new BuildRef(u.target().job(), u.target().build()).equals(manifest.ref()))
				.map(AliasUpdated::alias)
				.sorted()
				.toList();
			List<String> pinnedBy = catalog.pins()
				.entrySet()
				.stream()
				.filter((pin) -> pin.getValue() == manifest.build() && aliases.contains(pin.getKey()))
				.map(Map.Entry::getKey)
				.sorted()
				.toList();
			return new BuildView(manifest.job(), manifest.build(), manifest.image(), manifest.kernel(),
					manifest.gitCommit(), manifest.ciUrl(), manifest.builtAt(), manifest.publishedAt(), files, aliases,
					pinnedBy);
		}

	}

	record TargetView(String job, long build, String file, long size, String sha256, String url) {

		static TargetView of(AliasTarget target) {
			return (target != null) ? new TargetView(target.job(), target.build(), target.file(), target.size(),
					target.sha256(), fileUrl(target.job(), target.file())) : null;
		}

	}

	record AliasView(String alias, String job, String pattern, TargetView target, Long pinnedBuild, Instant updatedAt,
			String reason) {

		static AliasView of(Catalog catalog, AliasRule rule) {
			return of(catalog, rule.name(), rule.job(), rule.pattern());
		}

		/** An alias the configuration no longer declares, as the log left it. */
		static AliasView undeclared(Catalog catalog, String alias) {
			return of(catalog, alias, null, null);
		}

		private static AliasView of(Catalog catalog, String alias, String job, String pattern) {
			AliasUpdated last = catalog.aliases().get(alias);
			return new AliasView(alias, job, pattern, (last != null) ? TargetView.of(last.target()) : null,
					catalog.pinnedBuild(alias).orElse(null), (last != null) ? last.time() : null,
					(last != null) ? reasonOf(last) : null);
		}

	}

	record AliasMoveView(String id, String alias, Instant time, String reason, String actor, TargetView previous,
			TargetView target) {

		static AliasMoveView of(AliasUpdated updated) {
			return new AliasMoveView(updated.id(), updated.alias(), updated.time(), reasonOf(updated), updated.actor(),
					TargetView.of(updated.previous()), TargetView.of(updated.target()));
		}

	}

	private static String reasonOf(AliasUpdated updated) {
		return updated.reason().name().toLowerCase(java.util.Locale.ROOT);
	}

}
