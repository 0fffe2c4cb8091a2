package io.livecd.repo.serving;

import java.util.List;

/** What a {@code Range} header asks of a representation of a known length. */
public sealed interface RangeSet {

	/** No range to honour: serve the whole representation. */
	record Whole() implements RangeSet {
	}

	/** One or more satisfiable ranges, in the order requested. */
	record Ranges(List<ByteRange> ranges) implements RangeSet {

		public Ranges {
			ranges = List.copyOf(ranges);
			if (ranges.isEmpty()) {
				throw new IllegalArgumentException("at least one range");
			}
		}

	}

	/**
	 * Nothing requested can be served: 416 with
	 * {@code Content-Range: bytes *}{@code /length}.
	 */
	record Unsatisfiable() implements RangeSet {
	}

}
