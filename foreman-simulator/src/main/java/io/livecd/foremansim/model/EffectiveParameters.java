package io.livecd.foremansim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code host_param} sees on a host ({@code host_params_objects}): the host's own
 * parameters, then the inherited ones from the most specific level down to global, the
 * first of each name winning: global &lt; organization &lt; location &lt; host group
 * (ancestors first, the group itself last) &lt; host.
 */
public final class EffectiveParameters {

	private final Inventory inventory;

	private final ParameterStore parameters;

	public EffectiveParameters(Inventory inventory, ParameterStore parameters) {
		this.inventory = inventory;
		this.parameters = parameters;
	}

	public List<Parameter> of(Host host) {
		List<Parameter> inherited = new ArrayList<>(this.parameters.of(Level.GLOBAL, 0));
		if (host.organizationId() != 0) {
			inherited.addAll(this.parameters.of(Level.ORGANIZATION, host.organizationId()));
		}
		if (host.locationId() != 0) {
			inherited.addAll(this.parameters.of(Level.LOCATION, host.locationId()));
		}
		this.inventory.hostgroup(host.hostgroupId())
			.ifPresent((group) -> this.inventory.ancestry(group)
				.forEach((at) -> inherited.addAll(this.parameters.of(Level.HOSTGROUP, at.id()))));
		Collections.reverse(inherited);
		Map<String, Parameter> byName = new LinkedHashMap<>();
		this.parameters.of(Level.HOST, host.id()).forEach((own) -> byName.putIfAbsent(own.name(), own));
		inherited.forEach((parameter) -> byName.putIfAbsent(parameter.name(), parameter));
		return List.copyOf(byName.values());
	}

	/** The value a template's {@code host_param(name)} prints, or empty when unset. */
	public Optional<Parameter> of(Host host, String name) {
		return of(host).stream().filter((parameter) -> parameter.name().equals(name)).findFirst();
	}

}
