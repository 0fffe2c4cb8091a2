package io.livecd.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetTest {

	@TempDir
	Path dir;

	@Test
	void shouldTakeTheFlagsFirst() throws IOException {
		Path stack = stackFile("http://127.0.0.1:8081", "stack-token");

		Target target = Target.resolve("http://flag:1/", "flag-token",
				Map.of(Target.URL_VARIABLE, "http://env:2", Target.TOKEN_VARIABLE, "env-token"), stack);

		assertThat(target).isEqualTo(new Target(URI.create("http://flag:1"), "flag-token"));
	}

	@Test
	void shouldTakeTheEnvironmentOverTheLocalStack() throws IOException {
		Path stack = stackFile("http://127.0.0.1:8081", "stack-token");

		Target target = Target.resolve(null, null,
				Map.of(Target.URL_VARIABLE, "http://env:2", Target.TOKEN_VARIABLE, "env-token"), stack);

		assertThat(target).isEqualTo(new Target(URI.create("http://env:2"), "env-token"));
	}

	@Test
	void shouldFallBackToTheRunningLocalStack() throws IOException {
		Path stack = stackFile("http://127.0.0.1:8081", "stack-token");

		Target target = Target.resolve(null, " ", Map.of(), stack);

		assertThat(target).isEqualTo(new Target(URI.create("http://127.0.0.1:8081"), "stack-token"));
	}

	@Test
	void shouldSayWhatIsMissingWithoutAnyOfThem() {
		assertThatExceptionOfType(PublishException.class)
			.isThrownBy(() -> Target.resolve(null, null, Map.of(), this.dir.resolve("stack.json")))
			.withMessageContaining("no build-service URL: pass --server or set LIVECD_BUILD_SERVICE_URL");
		assertThatExceptionOfType(PublishException.class)
			.isThrownBy(() -> Target.resolve("http://x", null, Map.of(), this.dir.resolve("stack.json")))
			.withMessageContaining("no token: pass --token or set LIVECD_TOKEN");
	}

	@Test
	void shouldRefuseAUrlThatIsNotHttp() {
		assertThatExceptionOfType(PublishException.class)
			.isThrownBy(() -> Target.resolve("ftp://x", "t", Map.of(), this.dir.resolve("stack.json")))
			.withMessageContaining("must start with http:// or https://");
	}

	@Test
	void shouldNotShowTheTokenWhenPrinted() {
		assertThat(new Target(URI.create("http://x"), "secret")).asString().doesNotContain("secret");
	}

	private Path stackFile(String url, String token) throws IOException {
		Path file = this.dir.resolve("stack.json");
		Files.writeString(file, "{\"services\":{\"repo-service\":\"http://127.0.0.1:8080\",\"build-service\":\"" + url
				+ "\"},\"tokens\":{\"ci\":\"" + token + "\",\"ops\":\"other\"}}");
		return file;
	}

}
