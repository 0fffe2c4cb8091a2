package io.livecd.foreman.parameters.model;

/**
 * Where in Foreman a parameter is set: globally, on a location, or on one host. The key
 * names it in events and logs: {@code global}, {@code location:ams}, {@code host:fqdn}.
 */
public sealed interface Scope permits Scope.Global, Scope.Location, Scope.Host {

	String key();

	/** Foreman's global parameters ({@code common_parameters}). */
	record Global() implements Scope {

		@Override
		public String key() {
			return "global";
		}

	}

	/**
	 * A Foreman location.
	 *
	 * @param name the location's name in this system, e.g. {@code ams}
	 * @param foremanId the location's numeric id in Foreman
	 */
	record Location(String name, long foremanId) implements Scope {

		@Override
		public String key() {
			return "location:" + this.name;
		}

	}

	/**
	 * One host.
	 *
	 * @param fqdn its name in Foreman
	 */
	record Host(String fqdn) implements Scope {

		@Override
		public String key() {
			return "host:" + this.fqdn;
		}

	}

}
