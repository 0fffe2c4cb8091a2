package io.livecd.testkit;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.GenericApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class InfrastructurePropertySourceIT {

	@Test
	void shouldOfferEverySpringPropertyTheInfrastructureProvides() {
		InfrastructurePropertySource source = new InfrastructurePropertySource(new GenericApplicationContext());

		assertThat(source.getPropertyNames())
			.containsExactlyInAnyOrderElementsOf(Infrastructure.shared().springProperties().keySet());
		assertThat(source.getProperty("spring.kafka.bootstrap-servers"))
			.isEqualTo(Infrastructure.shared().kafkaBootstrap());
		assertThat(source.getProperty("livecd.unrelated")).isNull();
	}

	@Test
	void shouldGiveEachContextItsOwnBucketAndTopicPrefix() {
		InfrastructurePropertySource one = new InfrastructurePropertySource(new GenericApplicationContext());
		InfrastructurePropertySource other = new InfrastructurePropertySource(new GenericApplicationContext());

		assertThat(one.getProperty("livecd.s3.bucket")).isNotEqualTo(other.getProperty("livecd.s3.bucket"))
			.isEqualTo(one.getProperty("livecd.s3.bucket"));
		assertThat(one.getProperty("livecd.events.topic-prefix"))
			.isNotEqualTo(other.getProperty("livecd.events.topic-prefix"));
		assertThat(one.getProperty("livecd.s3.endpoint")).isEqualTo(other.getProperty("livecd.s3.endpoint"));
	}

}
