package io.livecd.repo.web;

import io.livecd.web.auth.Caller;
import io.livecd.repo.catalog.application.MoveResult;
import io.livecd.repo.catalog.application.RollingBackAlias;
import io.livecd.repo.catalog.application.RollingBackAlias.Restore;
import io.livecd.repo.catalog.application.RollingBackAlias.RollBack;
import io.livecd.repo.web.ApiViews.TargetView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.OptionalLong;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rollback and restore of an alias (role {@code ops}): answers with where the alias was,
 * where it is now, and the id of the {@code alias.updated} logged (none when it was there
 * already).
 */
@RestController
@RequestMapping("/api/v1/aliases/{alias}")
class RollbackApi {

	private final RollingBackAlias rollingBack;

	RollbackApi(RollingBackAlias rollingBack) {
		this.rollingBack = rollingBack;
	}

	@PostMapping("/rollback")
	MoveView rollBack(@PathVariable String alias, @Valid @RequestBody(required = false) RollbackRequest request,
			@RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
		OptionalLong toBuild = (request != null && request.toBuild() != null) ? OptionalLong.of(request.toBuild())
				: OptionalLong.empty();
		return answer(this.rollingBack.rollBack(new RollBack(alias, toBuild, caller.name())));
	}

	@PostMapping("/restore")
	MoveView restore(@PathVariable String alias, @Valid @RequestBody RestoreRequest request,
			@RequestAttribute(Caller.ATTRIBUTE) Caller caller) {
		return answer(this.rollingBack.restore(new Restore(alias, request.build(), caller.name())));
	}

	private static MoveView answer(MoveResult result) {
		if (result instanceof MoveResult.Refused refused) {
			throw refusal(refused);
		}
		MoveResult.Moved moved = (MoveResult.Moved) result;
		return new MoveView(moved.alias(), TargetView.of(moved.previous()), TargetView.of(moved.target()),
				moved.eventId().orElse(null));
	}

	private static ProblemException refusal(MoveResult.Refused refused) {
		return switch (refused.reason()) {
			case UNKNOWN_ALIAS, UNKNOWN_BUILD -> ProblemException.notFound(refused.detail());
			case NO_MATCHING_FILE -> new ProblemException(HttpStatus.CONFLICT, "no-matching-file",
					"No file for the alias", refused.detail());
			case NO_EARLIER_BUILD ->
				new ProblemException(HttpStatus.CONFLICT, "no-earlier-build", "No earlier build", refused.detail());
			case PINNED -> new ProblemException(HttpStatus.CONFLICT, "pinned", "Alias pinned", refused.detail());
		};
	}

	/** The build to roll back to; without it, the previous retained build. */
	record RollbackRequest(@Min(1) Long toBuild) {
	}

	/** The build a replayed state names; the reason, if given, is {@code replay}. */
	record RestoreRequest(@NotNull @Min(1) Long build, @Pattern(regexp = "replay") String reason) {
	}

	/** Where the alias was and where it is. */
	record MoveView(String alias, TargetView previous, TargetView target, String eventId) {
	}

}
