package io.livecd.foremansim.application;

import io.livecd.foremansim.model.Inventory;
import io.livecd.foremansim.model.Level;
import java.util.Optional;

/**
 * Finds what a request is about the way Foreman does: {@code set_taxonomy} checks any
 * {@code location_id} or {@code organization_id} first, and
 * {@code parent_resource_details} takes the first {@code *_id} parameter that names a
 * resource, wherever it was sent.
 */
final class Parents {

	private final Inventory inventory;

	Parents(Inventory inventory) {
		this.inventory = inventory;
	}

	/** A 404 for a non-blank location or organization id that does not exist. */
	Optional<Reply> unknownTaxonomy(Params params) {
		for (String taxonomy : new String[] { "location", "organization" }) {
			Optional<String> id = params.present(taxonomy + "_id");
			if (id.isPresent() && taxonomy(taxonomy, id.get()).isEmpty()) {
				return Optional.of(Errors.taxonomyNotFound(taxonomy, id.get()));
			}
		}
		return Optional.empty();
	}

	Optional<Parent> nested(Params params) {
		for (String key : params.keys()) {
			if (key.endsWith("_id") && Route.PARENTS.containsValue(key)) {
				String id = params.present(key).orElse("");
				String kind = key.substring(0, key.length() - "_id".length());
				return resolve(kind, id);
			}
		}
		return Optional.empty();
	}

	private Optional<Parent> resolve(String kind, String id) {
		return switch (kind) {
			case "host" -> this.inventory.findHost(id).map((host) -> Parent.nested(Level.HOST, host.id()));
			case "hostgroup" ->
				this.inventory.findHostgroup(id).map((group) -> Parent.nested(Level.HOSTGROUP, group.id()));
			case "location", "organization" -> taxonomy(kind, id);
			default -> Optional.empty();
		};
	}

	private Optional<Parent> taxonomy(String kind, String id) {
		if (!id.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		long numeric = Long.parseLong(id);
		return "location".equals(kind)
				? this.inventory.location(numeric).map((location) -> Parent.nested(Level.LOCATION, location.id()))
				: this.inventory.organization(numeric).map((org) -> Parent.nested(Level.ORGANIZATION, org.id()));
	}

}
