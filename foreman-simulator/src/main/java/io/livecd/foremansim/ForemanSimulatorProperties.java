package io.livecd.foremansim;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated Foreman: its one user, and what exists in it at start-up.
 *
 * @param user the login Basic authentication accepts
 * @param password that user's password
 * @param tokens personal access tokens accepted in place of the password
 * @param organizations organizations to create
 * @param locations locations to create
 * @param hostgroups host groups to create, parents before children
 * @param hosts hosts to create
 * @param template what the PXELinux template renders around the parameters
 */
@ConfigurationProperties("foreman-sim")
public record ForemanSimulatorProperties(@DefaultValue("admin") String user, @DefaultValue("changeme") String password,
		@DefaultValue List<String> tokens, @DefaultValue List<Taxonomy> organizations,
		@DefaultValue List<Taxonomy> locations, @DefaultValue List<Hostgroup> hostgroups,
		@DefaultValue List<Host> hosts, @DefaultValue Template template) {

	@Override
	public String toString() {
		return "ForemanSimulatorProperties[user=" + this.user + ", password=*****, tokens=" + this.tokens.size()
				+ ", organizations=" + this.organizations + ", locations=" + this.locations + ", hostgroups="
				+ this.hostgroups + ", hosts=" + this.hosts + ", template=" + this.template + "]";
	}

	/** A location or organization. */
	public record Taxonomy(long id, String name) {
	}

	/** A host group; {@code parentId} 0 for a root group. */
	public record Hostgroup(long id, String name, @DefaultValue("0") long parentId) {
	}

	/** A host, by FQDN; ids 0 mean "none" (and for {@code id}, "the next free one"). */
	public record Host(@DefaultValue("0") long id, String name, @DefaultValue("0") long organizationId,
			@DefaultValue("0") long locationId, @DefaultValue("0") long hostgroupId) {
	}

	/**
	 * @param initrd what {@code @initrd} renders to
	 * @param mainparams what {@code mainparams} renders to
	 * @param modprobe what {@code modprobe} renders to
	 */
	public record Template(@DefaultValue("boot/livecd-initrd.img") String initrd,
			@DefaultValue("ip=dhcp rd.neednet=1") String mainparams,
			@DefaultValue("modprobe.blacklist=nouveau") String modprobe) {
	}

}
