package io.livecd.mirror.http;

import java.util.List;
import java.util.Optional;

/**
 * Decides the reply to a GET or HEAD of a representation with a strong entity tag:
 * {@code If-None-Match} first, then {@code Range} guarded by {@code If-Range} (RFC 9110,
 * section 13.2.2). Range handling is defined for GET only, so HEAD always gets the whole.
 */
public final class Negotiation {

	private Negotiation() {
	}

	/**
	 * @param request the request's method and header values (each may be absent)
	 * @param opaque the current entity tag without quotes, or {@code null} when not known
	 * @param size the representation's length, or a negative value when not yet known
	 */
	public static Reply reply(Conditions request, String opaque, long size) {
		if (request.ifNoneMatch() != null && EntityTags.noneMatchHits(request.ifNoneMatch(), opaque)) {
			return new Reply.NotModified();
		}
		if (!request.wantsRange() || size < 0) {
			return new Reply.Whole();
		}
		if (request.ifRange() != null && !EntityTags.ifRangeHits(request.ifRange(), opaque)) {
			return new Reply.Whole();
		}
		Optional<List<ByteRange>> ranges = RangeHeader.parse(request.range(), size);
		if (ranges.isEmpty()) {
			return new Reply.Whole();
		}
		return ranges.get().isEmpty() ? new Reply.Unsatisfiable() : new Reply.Partial(ranges.get());
	}

}
