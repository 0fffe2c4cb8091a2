package io.livecd.mirror.status;

import io.livecd.common.event.AliasTarget;
import io.livecd.mirror.MirrorServiceProperties;
import io.livecd.mirror.alias.model.AliasState;
import io.livecd.mirror.alias.model.AliasTable;
import io.livecd.mirror.cache.application.Filling;
import io.livecd.mirror.cache.application.PrewarmingCache;
import io.livecd.mirror.cache.model.CacheIndex;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/status}: each alias with its target and whether it is warm here. */
@RestController
class StatusController {

	private final MirrorServiceProperties properties;

	private final AliasTable aliases;

	private final CacheIndex index;

	private final Filling filling;

	private final PrewarmingCache prewarming;

	private final Readiness readiness;

	StatusController(MirrorServiceProperties properties, AliasTable aliases, CacheIndex index, Filling filling,
			PrewarmingCache prewarming, Readiness readiness) {
		this.properties = properties;
		this.aliases = aliases;
		this.index = index;
		this.filling = filling;
		this.prewarming = prewarming;
		this.readiness = readiness;
	}

	@GetMapping("/api/v1/status")
	MirrorStatus status() {
		String base = this.properties.publicUrl().toString().replaceAll("/+$", "");
		List<AliasStatus> aliases = this.aliases.all()
			.stream()
			.map((state) -> AliasStatus.of(state, base + "/livecd/" + state.alias()))
			.toList();
		return new MirrorStatus(this.properties.location(), this.properties.upstream().toString(), base,
				this.readiness.isReady(), aliases, new CacheStatus(this.index.files(), this.index.bytes(),
						this.properties.quota().toBytes(), this.filling.running(), this.prewarming.pending()));
	}

	record MirrorStatus(String location, String upstream, String publicUrl, boolean ready, List<AliasStatus> aliases,
			CacheStatus cache) {
	}

	record AliasStatus(String alias, String url, AliasTarget target, boolean warm, AliasTarget serving) {

		static AliasStatus of(AliasState state, String url) {
			return new AliasStatus(state.alias(), url, state.target(), state.warm(), state.serving());
		}

	}

	record CacheStatus(int files, long bytes, long quotaBytes, int downloading, int prewarmPending) {
	}

}
