package io.livecd.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ToolClasspathsTest {

	@TempDir
	Path dir;

	@Test
	void shouldResolveTheVersionsOfThisBuildWithoutTheBootBom() {
		String kafka = Resources.text("tools/kafka-pom.xml");
		String s3proxy = Resources.text("tools/s3proxy-pom.xml");
		assertThat(kafka + s3proxy + Resources.text("tools/tools-pom.xml")).doesNotContain("@")
			.doesNotContain("spring-boot");
		assertThat(kafka)
			.containsPattern("<artifactId>kafka_2.13</artifactId>\\s*<version>\\d+\\.\\d+\\.\\d+</version>")
			.contains("log4j-slf4j-impl");
		assertThat(s3proxy)
			.containsPattern("<artifactId>s3proxy</artifactId>\\s*<version>\\d+\\.\\d+\\.\\d+</version>");
	}

	@Test
	void shouldNeedMavenOnAFirstRun() {
		assertThat(new ToolClasspaths(this.dir, this.dir.resolve("tools")).upToDate()).isFalse();
	}

	@Test
	void shouldKeepClasspathsWhileTheirPomsAndJarsAreThere() throws IOException {
		Path jar = Files.writeString(this.dir.resolve("some.jar"), "jar");
		Path tools = writeTools(jar);
		ToolClasspaths classpaths = new ToolClasspaths(this.dir, tools);
		assertThat(classpaths.upToDate()).isTrue();
		assertThat(classpaths.classpath(ToolClasspaths.KAFKA)).isEqualTo(jar.toString());
		Files.delete(jar);
		assertThat(classpaths.upToDate()).isFalse();
	}

	@Test
	void shouldResolveAgainWhenAPomChanged() throws IOException {
		Path tools = writeTools(Files.writeString(this.dir.resolve("some.jar"), "jar"));
		Files.writeString(tools.resolve("s3proxy").resolve("pom.xml"), "<project/>");
		assertThat(new ToolClasspaths(this.dir, tools).upToDate()).isFalse();
	}

	@Test
	void shouldSayWhenThereIsNoMavenWrapper() {
		ToolClasspaths classpaths = new ToolClasspaths(this.dir, this.dir.resolve("tools"));
		assertThatIllegalStateException()
			.isThrownBy(() -> classpaths.resolve(System.getenv(), this.dir.resolve("maven.log")))
			.withMessageContaining("No Maven wrapper at " + this.dir.resolve("mvnw"));
	}

	private Path writeTools(Path jar) throws IOException {
		Path tools = this.dir.resolve("tools");
		Files.createDirectories(tools);
		Files.writeString(tools.resolve("pom.xml"), Resources.text("tools/tools-pom.xml"));
		for (String tool : new String[] { ToolClasspaths.KAFKA, ToolClasspaths.S3PROXY }) {
			Files.createDirectories(tools.resolve(tool));
			Files.writeString(tools.resolve(tool).resolve("pom.xml"), Resources.text("tools/" + tool + "-pom.xml"));
			Files.writeString(tools.resolve(tool + ".classpath"), jar + "\n");
		}
		return tools;
	}

}
