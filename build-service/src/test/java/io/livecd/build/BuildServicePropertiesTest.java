package io.livecd.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class BuildServicePropertiesTest {

	@Test
	void shouldNeverShowTheS3SecretKey() {
		BuildServiceProperties.S3 s3 = new BuildServiceProperties.S3("http://s3", "access", "s3cr3t-value", "livecd",
				"us-east-1", DataSize.ofMegabytes(16), 2, 4, DataSize.ofGigabytes(5));

		assertThat(s3.toString()).doesNotContain("s3cr3t-value").contains("secretKey=*****", "bucket=livecd");
	}

}
