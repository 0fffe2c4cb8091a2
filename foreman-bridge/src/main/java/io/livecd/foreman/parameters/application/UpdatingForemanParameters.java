package io.livecd.foreman.parameters.application;

import io.livecd.foreman.parameters.model.Intent;
import io.livecd.foreman.parameters.model.Outcome;
import io.livecd.foreman.parameters.model.RetryPolicy;
import io.livecd.foreman.parameters.model.Scope;
import io.livecd.foreman.parameters.model.TftpTarget;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes Foreman hold what the bridge wants: each intent goes to the lane of its scope
 * (one per location, one for global parameters, one for hosts, one for host-group
 * rebuilds), is retried with back-off while Foreman is unreachable, slow or failing, and
 * is dead-lettered as an event when it cannot succeed. A change at a location or globally
 * is followed by a TFTP rebuild of the configured host groups; a change on a host by a
 * rebuild of that host, if configured.
 */
public final class UpdatingForemanParameters implements ParameterUpdates, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(UpdatingForemanParameters.class);

	private final ForemanParameters foreman;

	private final ParameterEvents events;

	private final RetryPolicy retry;

	private final RebuildPlan rebuilds;

	private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

	/**
	 * @param hostgroups host groups whose hosts get a TFTP rebuild after a location or
	 * global change
	 * @param hosts whether a host gets a TFTP rebuild after a change of its own
	 * parameters
	 */
	public record RebuildPlan(List<Long> hostgroups, boolean hosts) {

		public RebuildPlan {
			hostgroups = List.copyOf(hostgroups);
		}

	}

	public UpdatingForemanParameters(ForemanParameters foreman, ParameterEvents events, RetryPolicy retry,
			RebuildPlan rebuilds) {
		this.foreman = foreman;
		this.events = events;
		this.retry = retry;
		this.rebuilds = rebuilds;
	}

	/** Queues the intent on its lane; returns at once. */
	@Override
	public void request(Intent intent) {
		this.lanes.computeIfAbsent(laneOf(intent), this::newLane).offer(intent);
	}

	@Override
	public void close() {
		this.lanes.values().forEach(Lane::close);
	}

	private Lane newLane(String name) {
		return new Lane(name, this::attempt, new Settlement(), this.retry);
	}

	private Outcome attempt(Intent intent) {
		if (intent instanceof Intent.SetParameter set) {
			return this.foreman.set(set.scope(), set.name(), set.value());
		}
		if (intent instanceof Intent.RemoveParameter remove) {
			return this.foreman.remove(remove.scope(), remove.name());
		}
		return this.foreman.rebuildTftp(((Intent.RebuildTftp) intent).target());
	}

	private static String laneOf(Intent intent) {
		if (intent instanceof Intent.RebuildTftp rebuild && rebuild.target() instanceof TftpTarget.Hostgroup) {
			return "rebuilds";
		}
		Scope scope = intent.scope();
		if (scope instanceof Scope.Location location) {
			return "location-" + location.name();
		}
		return (scope instanceof Scope.Host) ? "hosts" : "global";
	}

	private void followUp(Intent intent) {
		Scope scope = intent.scope();
		if (scope instanceof Scope.Host host) {
			if (this.rebuilds.hosts()) {
				request(new Intent.RebuildTftp(scope, new TftpTarget.Host(host.fqdn())));
			}
			return;
		}
		this.rebuilds.hostgroups()
			.forEach((id) -> request(new Intent.RebuildTftp(scope, new TftpTarget.Hostgroup(id))));
	}

	private final class Settlement implements Lane.Settlement {

		@Override
		public void succeeded(Intent intent, Outcome outcome) {
			try {
				if (outcome instanceof Outcome.Written written) {
					log.info("Foreman {} {}: '{}' -> '{}'", intent.scope().key(), intent.subject(), written.previous(),
							written.current());
					events.updated(intent.scope(), intent.subject(), written.previous(), written.current());
					followUp(intent);
				}
				else if (outcome instanceof Outcome.Rebuilt) {
					log.info("Foreman rebuilt the TFTP config of {}", intent.value());
				}
				else {
					log.debug("Foreman {} {} already holds '{}'", intent.scope().key(), intent.subject(),
							intent.value());
				}
			}
			catch (RuntimeException ex) {
				log.error("Reporting {} {} failed", intent.scope().key(), intent.subject(), ex);
			}
		}

		@Override
		public void gaveUp(Intent intent, String reason, int attempts) {
			log.warn("Giving up on Foreman {} {} = '{}' after {} attempt(s): {}", intent.scope().key(),
					intent.subject(), intent.value(), attempts, reason);
			try {
				events.failed(intent.scope(), intent.subject(), intent.value(), reason);
			}
			catch (RuntimeException ex) {
				log.error("Reporting the failure of {} {} failed", intent.scope().key(), intent.subject(), ex);
			}
		}

	}

}
