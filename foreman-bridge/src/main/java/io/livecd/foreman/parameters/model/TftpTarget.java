package io.livecd.foreman.parameters.model;

/**
 * What a TFTP config rebuild covers: a host group with its descendants' hosts, or one
 * host. Foreman does not re-render PXELinux files when a parameter changes.
 */
public sealed interface TftpTarget permits TftpTarget.Hostgroup, TftpTarget.Host {

	String describe();

	/**
	 * @param id the host group's numeric id in Foreman
	 */
	record Hostgroup(long id) implements TftpTarget {

		@Override
		public String describe() {
			return "hostgroup:" + this.id;
		}

	}

	/**
	 * @param fqdn the host's name in Foreman
	 */
	record Host(String fqdn) implements TftpTarget {

		@Override
		public String describe() {
			return "host:" + this.fqdn;
		}

	}

}
