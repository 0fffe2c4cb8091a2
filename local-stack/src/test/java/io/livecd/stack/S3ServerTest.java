package io.livecd.stack;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class S3ServerTest {

	@Test
	void shouldServeTheFilesystemStoreUnderTheDataFolderToSignedRequestsOnly() {
		S3Server server = new S3Server(new StackLayout(Path.of("/data")),
				new StackPorts(9092, 9093, 19000, 8080, 8081, 8083, 8091, 8092, 8093, 8094, 8084),
				new Credentials("key", "secret", "ci", "ops"));
		assertThat(server.endpoint()).isEqualTo("http://127.0.0.1:19000");
		assertThat(server.properties().lines()).contains("s3proxy.endpoint=http://127.0.0.1:19000",
				"s3proxy.authorization=aws-v2-or-v4", "s3proxy.identity=key", "s3proxy.credential=secret",
				"jclouds.provider=filesystem-nio2", "jclouds.filesystem.basedir=/data/s3/data", "jclouds.identity=key",
				"jclouds.credential=secret");
	}

}
