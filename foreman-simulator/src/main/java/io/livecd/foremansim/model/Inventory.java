package io.livecd.foremansim.model;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The objects parameters hang on: organizations, locations, host groups and hosts.
 * Seeded, never created through the Foreman API. Thread-safe.
 */
public final class Inventory {

	private final Map<Long, Taxonomy> organizations = new TreeMap<>();

	private final Map<Long, Taxonomy> locations = new TreeMap<>();

	private final Map<Long, Hostgroup> hostgroups = new TreeMap<>();

	private final Map<Long, Host> hosts = new TreeMap<>();

	private final Clock clock;

	public Inventory(Clock clock) {
		this.clock = clock;
	}

	public synchronized Taxonomy addOrganization(long id, String name) {
		return put(this.organizations, id, new Taxonomy(positive(id), named(name)));
	}

	public synchronized Taxonomy addLocation(long id, String name) {
		return put(this.locations, id, new Taxonomy(positive(id), named(name)));
	}

	public synchronized Hostgroup addHostgroup(long id, String name, long parentId) {
		if (parentId != 0 && !this.hostgroups.containsKey(parentId)) {
			throw new IllegalArgumentException("no host group with id " + parentId);
		}
		return put(this.hostgroups, id, new Hostgroup(positive(id), named(name), parentId));
	}

	/** Adds a host; an id of {@code 0} takes the next free one. */
	public synchronized Host addHost(long id, String name, long organizationId, long locationId, long hostgroupId) {
		requireKnown(this.organizations, organizationId, "organization");
		requireKnown(this.locations, locationId, "location");
		requireKnown(this.hostgroups, hostgroupId, "host group");
		long hostId = (id != 0) ? id : this.hosts.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
		return put(this.hosts, hostId,
				new Host(positive(hostId), named(name), organizationId, locationId, hostgroupId, this.clock.instant()));
	}

	public synchronized Optional<Taxonomy> organization(long id) {
		return Optional.ofNullable(this.organizations.get(id));
	}

	public synchronized Optional<Taxonomy> location(long id) {
		return Optional.ofNullable(this.locations.get(id));
	}

	public synchronized Optional<Hostgroup> hostgroup(long id) {
		return Optional.ofNullable(this.hostgroups.get(id));
	}

	public synchronized Optional<Host> host(long id) {
		return Optional.ofNullable(this.hosts.get(id));
	}

	/** Foreman's lookup of a host by name (FQDN) first, then by numeric id. */
	public synchronized Optional<Host> findHost(String idOrName) {
		return this.hosts.values()
			.stream()
			.filter((host) -> host.name().equals(idOrName))
			.findFirst()
			.or(() -> numeric(idOrName).flatMap(this::host));
	}

	/** Foreman's lookup of a host group by title first, then by numeric id. */
	public synchronized Optional<Hostgroup> findHostgroup(String idOrTitle) {
		return this.hostgroups.values()
			.stream()
			.filter((group) -> title(group).equals(idOrTitle))
			.findFirst()
			.or(() -> numeric(idOrTitle).flatMap(this::hostgroup));
	}

	public synchronized String title(Hostgroup group) {
		return String.join("/", ancestry(group).stream().map(Hostgroup::name).toList());
	}

	/** The group's ancestors, root first, ending with the group itself. */
	public synchronized List<Hostgroup> ancestry(Hostgroup group) {
		List<Hostgroup> line = new ArrayList<>();
		for (Hostgroup at = group; at != null; at = this.hostgroups.get(at.parentId())) {
			line.add(at);
		}
		Collections.reverse(line);
		return line;
	}

	/** The hosts in a group, and with {@code subtree} those in its descendants too. */
	public synchronized List<Host> hostsOf(Hostgroup group, boolean subtree) {
		Set<Long> groups = new HashSet<>();
		for (Hostgroup candidate : this.hostgroups.values()) {
			boolean member = candidate.id() == group.id() || (subtree && ancestry(candidate).contains(group));
			if (member) {
				groups.add(candidate.id());
			}
		}
		return this.hosts.values().stream().filter((host) -> groups.contains(host.hostgroupId())).toList();
	}

	public synchronized List<Host> hosts() {
		return List.copyOf(this.hosts.values());
	}

	public synchronized void clear() {
		this.hosts.clear();
		this.hostgroups.clear();
		this.locations.clear();
		this.organizations.clear();
	}

	static Optional<Long> numeric(String text) {
		return (text != null && text.matches("\\d{1,18}")) ? Optional.of(Long.parseLong(text)) : Optional.empty();
	}

	private static <T> T put(Map<Long, T> map, long id, T value) {
		map.put(id, value);
		return value;
	}

	private static void requireKnown(Map<Long, ?> map, long id, String kind) {
		if (id != 0 && !map.containsKey(id)) {
			throw new IllegalArgumentException("no " + kind + " with id " + id);
		}
	}

	private static String named(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a name is required");
		}
		return name;
	}

	private static long positive(long id) {
		if (id < 1) {
			throw new IllegalArgumentException("ids are positive, got " + id);
		}
		return id;
	}

}
