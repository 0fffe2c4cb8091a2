package io.livecd.repo.serving;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Decides the reply to a {@code GET} or {@code HEAD} of a representation, in the order of
 * RFC 9110, section 13.2.2: {@code If-None-Match} (304), then {@code If-Range} and
 * {@code Range} (206, 416), else the whole representation (200). {@code HEAD} gets the
 * same decision as {@code GET}, so its header fields are the ones {@code GET} would send.
 */
public final class Replies {

	/** As many digits as nginx's boundaries, so the lengths of both agree. */
	static final int BOUNDARY_DIGITS = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Supplier<String> boundaries;

	public Replies() {
		this(Replies::randomBoundary);
	}

	Replies(Supplier<String> boundaries) {
		this.boundaries = boundaries;
	}

	public Reply decide(ConditionalRequest request, Representation representation) {
		if (EntityTags.anyMatchesWeakly(request.ifNoneMatch(), representation.etag())) {
			return new Reply.NotModified(representation);
		}
		if (request.range() == null || (request.ifRange() != null
				&& !EntityTags.matchesStrongly(request.ifRange(), representation.etag()))) {
			return new Reply.Whole(representation);
		}
		RangeSet ranges = ByteRanges.parse(request.range(), representation.length());
		if (ranges instanceof RangeSet.Unsatisfiable) {
			return new Reply.NotSatisfiable(representation);
		}
		if (ranges instanceof RangeSet.Ranges satisfiable) {
			if (satisfiable.ranges().size() == 1) {
				return new Reply.Partial(representation, satisfiable.ranges().get(0));
			}
			return new Reply.Multipart(representation, satisfiable.ranges(), this.boundaries.get());
		}
		return new Reply.Whole(representation);
	}

	private static String randomBoundary() {
		StringBuilder boundary = new StringBuilder(BOUNDARY_DIGITS);
		for (int i = 0; i < BOUNDARY_DIGITS; i++) {
			boundary.append((char) ('0' + RANDOM.nextInt(10)));
		}
		return boundary.toString();
	}

}
