package io.livecd.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StackFileTest {

	@TempDir
	Path dir;

	static StackDescription aStack() {
		return new StackDescription("/data", Instant.parse("2025-03-04T05:06:07Z"),
				new StackDescription.Kafka("127.0.0.1:9092"),
				new StackDescription.S3("http://127.0.0.1:9000", "livecd", "us-east-1", "key", "secret"),
				Map.of("repo-service", "http://127.0.0.1:8080"), Map.of("ams", "http://127.0.0.1:8091"),
				Map.of("ams", "http://127.0.0.1:8093"),
				new StackDescription.Foreman("http://127.0.0.1:8084", "simulator", "admin", "pw", Map.of("ams", 1L)),
				Map.of("ci", "t1", "ops", "t2"), "/data/logs");
	}

	@Test
	void shouldReadBackWhatItWrote() {
		Path file = this.dir.resolve("stack.json");
		StackFile.write(file, aStack());
		assertThat(StackFile.read(file)).contains(aStack());
	}

	@Test
	void shouldWriteTheFieldsTheCliReads() throws IOException {
		Path file = this.dir.resolve("stack.json");
		StackFile.write(file, aStack());
		assertThat(Files.readString(file)).contains("\"bootstrap\" : \"127.0.0.1:9092\"")
			.contains("\"endpoint\" : \"http://127.0.0.1:9000\"")
			.contains("\"repo-service\" : \"http://127.0.0.1:8080\"")
			.contains("\"ams\" : \"http://127.0.0.1:8091\"")
			.contains("\"boot\" : {", "\"ams\" : \"http://127.0.0.1:8093\"")
			.contains("\"startedAt\" : \"2025-03-04T05:06:07Z\"")
			.contains("\"foreman\" : {", "\"source\" : \"simulator\"", "\"url\" : \"http://127.0.0.1:8084\"");
	}

	@Test
	void shouldLetOnlyTheOwnerReadIt() throws IOException {
		Path file = this.dir.resolve("stack.json");
		StackFile.write(file, aStack());
		StackFile.write(file, aStack());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(this.dir).isDirectoryNotContaining("glob:**.tmp");
	}

	@Test
	void shouldSayNothingRunsWithoutTheFile() {
		assertThat(StackFile.read(this.dir.resolve("stack.json"))).isEmpty();
	}

	@Test
	void shouldRefuseAFileThatIsNotJson() throws IOException {
		Path file = this.dir.resolve("stack.json");
		Files.writeString(file, "{ not json");
		assertThatIllegalStateException().isThrownBy(() -> StackFile.read(file)).withMessageContaining("stack.json");
	}

}
