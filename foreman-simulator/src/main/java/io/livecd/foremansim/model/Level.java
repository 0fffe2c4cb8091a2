package io.livecd.foremansim.model;

/**
 * Where a parameter is attached, with Foreman's priority for each level (higher wins in
 * {@code host_param}), its STI type and its {@code associated_type}.
 */
public enum Level {

	GLOBAL(0, "CommonParameter", "global"),

	ORGANIZATION(10, "OrganizationParameter", "organization"),

	LOCATION(20, "LocationParameter", "location"),

	HOSTGROUP(60, "GroupParameter", "host group"),

	HOST(70, "HostParameter", "host");

	private final int priority;

	private final String type;

	private final String associatedType;

	Level(int priority, String type, String associatedType) {
		this.priority = priority;
		this.type = type;
		this.associatedType = associatedType;
	}

	public int priority() {
		return this.priority;
	}

	/** The single-table-inheritance class name, as in the raw record's {@code type}. */
	public String type() {
		return this.type;
	}

	public String associatedType() {
		return this.associatedType;
	}

}
