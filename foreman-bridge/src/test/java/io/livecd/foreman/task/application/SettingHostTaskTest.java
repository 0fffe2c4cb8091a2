package io.livecd.foreman.task.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.livecd.common.event.HostTaskRequested;
import io.livecd.foreman.parameters.application.ParameterEvents;
import io.livecd.foreman.parameters.model.Intent;
import io.livecd.foreman.parameters.model.Scope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingHostTaskTest {

	private static final Scope.Host HOST = new Scope.Host("node1.ams.example");

	private final List<Intent> requested = new ArrayList<>();

	private final List<String> failures = new ArrayList<>();

	private final SettingHostTask setting = new SettingHostTask(
			new TaskPolicy(List.of("lininstall", "hwtest", "wipe"), "hk_speedtest_autotask"), this.requested::add,
			new ParameterEvents() {

				@Override
				public void updated(Scope scope, String name, String previous, String current) {
				}

				@Override
				public void failed(Scope scope, String subject, String value, String reason) {
					SettingHostTaskTest.this.failures.add(scope.key() + " " + value + ": " + reason);
				}

			});

	@Test
	void shouldSetTheTaskParameterOfTheHost() {
		setting.on(request("wipe"));

		assertThat(requested).containsExactly(new Intent.SetParameter(HOST, "hk_speedtest_autotask", "wipe"));
	}

	@Test
	void shouldRemoveTheParameterForNone() {
		setting.on(request("none"));

		assertThat(requested).containsExactly(new Intent.RemoveParameter(HOST, "hk_speedtest_autotask"));
	}

	@Test
	void shouldRefuseATaskOutsideTheAllowList() {
		setting.on(request("rm-rf"));

		assertThat(requested).isEmpty();
		assertThat(failures).containsExactly("host:node1.ams.example rm-rf: task 'rm-rf' is not allowed; "
				+ "allowed tasks: lininstall, hwtest, wipe, none");
	}

	private static HostTaskRequested request(String task) {
		return new HostTaskRequested("id", Instant.now(), HOST.fqdn(), task, "alice");
	}

}
