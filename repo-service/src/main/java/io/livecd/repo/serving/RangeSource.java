package io.livecd.repo.serving;

import java.io.IOException;
import java.io.InputStream;

/** Opens a window of the representation's bytes; the caller closes the stream. */
@FunctionalInterface
public interface RangeSource {

	InputStream open(long offset, long length) throws IOException;

}
