package io.livecd.mirror.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultipartByteRangesTest {

	@TempDir
	Path dir;

	@Test
	void shouldWriteEachRangeAsAPartAndAnnounceTheExactLength() throws IOException {
		Path file = Files.writeString(this.dir.resolve("f"), "0123456789abcdef", StandardCharsets.US_ASCII);
		MultipartByteRanges parts = new MultipartByteRanges(List.of(new ByteRange(0, 2), new ByteRange(10, 15)), 16,
				"application/octet-stream");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (FileChannel channel = FileChannel.open(file)) {
			parts.writeTo(out, channel);
		}
		String boundary = parts.contentType().substring(parts.contentType().indexOf("boundary=") + 9);
		assertThat(out.toString(StandardCharsets.US_ASCII))
			.isEqualTo("\r\n--" + boundary + "\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes 0-2/16"
					+ "\r\n\r\n012\r\n--" + boundary + "\r\nContent-Type: application/octet-stream\r\n"
					+ "Content-Range: bytes 10-15/16\r\n\r\nabcdef\r\n--" + boundary + "--\r\n");
		assertThat(parts.contentLength()).isEqualTo(out.size());
		assertThat(parts.contentType()).startsWith("multipart/byteranges; boundary=");
	}

}
