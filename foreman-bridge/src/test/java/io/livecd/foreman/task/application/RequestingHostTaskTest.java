package io.livecd.foreman.task.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestingHostTaskTest {

	private final List<String> published = new ArrayList<>();

	private final RequestingHostTask requesting = new RequestingHostTask(
			new TaskPolicy(List.of("lininstall", "wipe"), "hk_speedtest_autotask"), (host, task, actor) -> {
				this.published.add(host + " " + task + " by " + actor);
				return "event-1";
			});

	@Test
	void shouldPublishAnAllowedTask() {
		assertThat(requesting.request(new RequestHostTask("node1.ams.example", "wipe", "alice")))
			.isEqualTo(new RequestingHostTask.Result.Accepted("event-1"));
		assertThat(published).containsExactly("node1.ams.example wipe by alice");
	}

	@Test
	void shouldRejectUnknownTasksAndInvalidNamesWithoutPublishing() {
		assertThat(requesting.request(new RequestHostTask("node1.ams.example", "hwtest", "alice")))
			.isInstanceOf(RequestingHostTask.Result.Rejected.class);
		assertThat(requesting.request(new RequestHostTask("../etc", "wipe", "alice")))
			.isInstanceOf(RequestingHostTask.Result.Rejected.class);
		assertThat(requesting.request(new RequestHostTask("node1.ams.example", null, "alice")))
			.isInstanceOf(RequestingHostTask.Result.Rejected.class);
		assertThat(published).isEmpty();
	}

}
