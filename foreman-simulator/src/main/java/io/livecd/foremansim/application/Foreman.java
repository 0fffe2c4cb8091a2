package io.livecd.foremansim.application;

import io.livecd.foremansim.model.EffectiveParameters;
import io.livecd.foremansim.model.Faults;
import io.livecd.foremansim.model.Inventory;
import io.livecd.foremansim.model.ParameterStore;
import io.livecd.foremansim.model.RequestLog;
import io.livecd.foremansim.model.TftpFiles;
import java.time.Clock;

/**
 * The simulated Foreman's state, for the API and for tests that inspect it directly.
 *
 * @param inventory organizations, locations, host groups and hosts
 * @param parameters parameters at every level, with write counts
 * @param tftp the PXELinux files written by config rebuilds
 * @param faults faults to inject
 * @param requests the API requests received
 */
public record Foreman(Inventory inventory, ParameterStore parameters, TftpFiles tftp, Faults faults,
		RequestLog requests) {

	public static Foreman empty(Clock clock) {
		return new Foreman(new Inventory(clock), new ParameterStore(clock), new TftpFiles(), new Faults(clock),
				new RequestLog());
	}

	/** What {@code host_param} sees on each host. */
	public EffectiveParameters effective() {
		return new EffectiveParameters(this.inventory, this.parameters);
	}

	/**
	 * Forgets parameters, TFTP files, faults and recorded requests; keeps the inventory.
	 */
	public void reset() {
		this.parameters.clear();
		this.tftp.clear();
		this.faults.clear();
		this.requests.clear();
	}

}
