package io.livecd.testkit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = TestApplication.class, properties = "livecd.s3.region=eu-central-1")
class TestDeclaredPropertiesIT {

	@Autowired
	private Environment environment;

	@Test
	void shouldLetPropertiesTheTestDeclaresWin() {
		assertThat(this.environment.getProperty("livecd.s3.region")).isEqualTo("eu-central-1");
		assertThat(this.environment.getProperty("livecd.s3.endpoint"))
			.isEqualTo(Infrastructure.shared().s3().endpoint());
	}

}
