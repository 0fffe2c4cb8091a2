package io.livecd.repo.web;

import io.livecd.web.auth.Caller;
import io.livecd.repo.catalog.application.CatalogStore;
import io.livecd.repo.catalog.application.PinResult;
import io.livecd.repo.catalog.application.PinningAlias;
import io.livecd.repo.catalog.application.PinningAlias.PinAlias;
import io.livecd.repo.catalog.application.PinningAlias.PinBuild;
import io.livecd.repo.catalog.application.PinningAlias.UnpinAlias;
import io.livecd.repo.catalog.application.PinningAlias.UnpinBuild;
import io.livecd.repo.catalog.model.AliasRules;
import io.livecd.repo.catalog.model.Catalog;
import io.livecd.repo.web.ApiViews.AliasView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pins and unpins (role {@code ops}): an alias to a build, or every alias of a job to one
 * of its builds. Answers with the aliases concerned as they are afterwards.
 */
@RestController
@RequestMapping("/api/v1")
class PinApi {

	private final PinningAlias pinning;

	private final CatalogStore store;

	private final AliasRules rules;

	PinApi(PinningAlias pinning, CatalogStore store, AliasRules rules) {
		this.pinning = pinning;
		this.store = store;
		this.rules = rules;
	}

	@PutMapping("/aliases/{alias}/pin")
	AliasView pin(@PathVariable String alias, @Valid @RequestBody PinRequest request,
			@RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
		return answer(this.pinning.pin(new PinAlias(alias, request.build(), caller.name()))).get(0);
	}

	@DeleteMapping("/aliases/{alias}/pin")
	AliasView unpin(@PathVariable String alias, @RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
		return answer(this.pinning.unpin(new UnpinAlias(alias, caller.name()))).get(0);
	}

	@PutMapping("/jobs/{job}/builds/{build}/pin")
	List<AliasView> pinBuild(@PathVariable String job, @PathVariable long build,
			@RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
		return answer(this.pinning.pinBuild(new PinBuild(job, build, caller.name())));
	}

	@DeleteMapping("/jobs/{job}/builds/{build}/pin")
	List<AliasView> unpinBuild(@PathVariable String job, @PathVariable long build,
			@RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
		return answer(this.pinning.unpinBuild(new UnpinBuild(job, build, caller.name())));
	}

	private List<AliasView> answer(PinResult result) {
		if (result instanceof PinResult.Refused refused) {
			throw refusal(refused);
		}
		Catalog catalog = this.store.current();
		return ((PinResult.Done) result).aliases()
			.stream()
			.map((alias) -> this.rules.named(alias)
				.map((rule) -> AliasView.of(catalog, rule))
				.orElseGet(() -> AliasView.undeclared(catalog, alias)))
			.toList();
	}

	private static ProblemException refusal(PinResult.Refused refused) {
		return switch (refused.reason()) {
			case UNKNOWN_ALIAS -> ProblemException.notFound(refused.detail());
			case UNKNOWN_BUILD ->
				new ProblemException(HttpStatus.CONFLICT, "unknown-build", "Build not retained", refused.detail());
			case NO_MATCHING_FILE -> new ProblemException(HttpStatus.CONFLICT, "no-matching-file",
					"No file for the alias", refused.detail());
			case NO_ALIASES ->
				new ProblemException(HttpStatus.CONFLICT, "no-aliases", "No alias to pin", refused.detail());
		};
	}

	/** The build to pin to. */
	record PinRequest(@Min(1) long build) {
	}

}
