package io.livecd.repo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepoServicePropertiesTest {

	@Test
	void shouldNeverShowTheS3SecretKey() {
		RepoServiceProperties.S3 s3 = new RepoServiceProperties.S3("http://s3", "access", "s3cr3t-value", "livecd",
				"us-east-1");

		assertThat(s3.toString()).doesNotContain("s3cr3t-value").contains("secretKey=*****", "bucket=livecd");
	}

}
