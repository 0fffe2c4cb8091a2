package io.livecd.mirror.http;

import java.util.List;

/**
 * What a GET or HEAD of a stored representation gets, after its conditions and ranges.
 */
public sealed interface Reply {

	/** 304: the client's copy is current. */
	record NotModified() implements Reply {
	}

	/** 200: the whole representation. */
	record Whole() implements Reply {
	}

	/** 206: one range, or several as {@code multipart/byteranges}. */
	record Partial(List<ByteRange> ranges) implements Reply {

		public Partial {
			ranges = List.copyOf(ranges);
			if (ranges.isEmpty()) {
				throw new IllegalArgumentException("a partial reply needs a range");
			}
		}

	}

	/** 416: no requested range overlaps the representation. */
	record Unsatisfiable() implements Reply {
	}

}
