package io.livecd.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTopicsTest {

	@Test
	void shouldPutThePrefixInFrontOfEveryTopic() {
		EventTopics topics = new EventTopics("it-7f3a-");

		assertThat(topics.builds()).isEqualTo("it-7f3a-livecd.builds");
		assertThat(topics.aliases()).isEqualTo("it-7f3a-livecd.aliases");
		assertThat(topics.all()).hasSize(6).allMatch((t) -> t.startsWith("it-7f3a-livecd."));
	}

	@Test
	void shouldPutThePrefixInFrontOfEveryConsumerGroup() {
		assertThat(new EventTopics("staging-").group("mirror-ams")).isEqualTo("staging-mirror-ams");
		assertThat(new EventTopics("").group("repo-service")).isEqualTo("repo-service");
	}

	@Test
	void shouldUseTheContractNamesWithoutAPrefix() {
		assertThat(new EventTopics("").repo()).isEqualTo("livecd.repo");
		assertThat(new EventTopics(null).ops()).isEqualTo("livecd.ops");
	}

}
