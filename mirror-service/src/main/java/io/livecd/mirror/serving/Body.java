package io.livecd.mirror.serving;

import io.livecd.mirror.http.ByteRange;
import io.livecd.mirror.http.MultipartByteRanges;

/** What follows the headers of a reply. */
sealed interface Body {

	/** Nothing (304, 416, HEAD, an empty file). */
	record None() implements Body {
	}

	/** One stretch of the file: the whole file or a single range. */
	record Region(ByteRange range) implements Body {
	}

	/** Several ranges, as {@code multipart/byteranges}. */
	record Parts(MultipartByteRanges parts) implements Body {
	}

	/** The whole file, of a length not known yet. */
	record Growing() implements Body {
	}

}
