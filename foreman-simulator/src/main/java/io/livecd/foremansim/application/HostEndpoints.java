package io.livecd.foremansim.application;

import io.livecd.foremansim.model.EffectiveParameters;
import io.livecd.foremansim.model.Host;
import io.livecd.foremansim.model.Hostgroup;
import io.livecd.foremansim.model.Inventory;
import io.livecd.foremansim.model.Level;
import io.livecd.foremansim.model.ParameterStore;
import io.livecd.foremansim.model.Taxonomy;
import io.livecd.foremansim.model.TftpFiles;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/hosts/:id} (with {@code parameters} and {@code all_parameters}),
 * {@code PUT /api/hosts/:id/rebuild_config},
 * {@code PUT /api/hostgroups/:id/rebuild_config} and
 * {@code GET /api/hosts/:id/template/:kind}.
 */
final class HostEndpoints {

	private static final String REBUILT = "Configuration successfully rebuilt.";

	private final Inventory inventory;

	private final ParameterStore parameters;

	private final EffectiveParameters effective;

	private final TftpFiles tftp;

	private final PxeTemplate template;

	HostEndpoints(Inventory inventory, ParameterStore parameters, TftpFiles tftp, PxeTemplate template) {
		this.inventory = inventory;
		this.parameters = parameters;
		this.effective = new EffectiveParameters(inventory, parameters);
		this.tftp = tftp;
		this.template = template;
	}

	Reply show(Params params) {
		boolean showHidden = params.text("show_hidden_parameters").map("true"::equals).orElse(false)
				|| params.text("show_hidden").map("true"::equals).orElse(false);
		return withHost(params, (host) -> Reply.json(200, view(host, showHidden)));
	}

	Reply rebuild(Params params) {
		return withHost(params, (host) -> {
			if (includesTftp(params)) {
				writeTftp(host);
			}
			return Errors.message(200, REBUILT);
		});
	}

	Reply rebuildGroup(Params params) {
		Optional<Hostgroup> group = params.text("id").flatMap(this.inventory::findHostgroup);
		if (group.isEmpty()) {
			return Errors.notFound("hostgroup", params.text("id").orElse(""));
		}
		if (includesTftp(params)) {
			this.inventory.hostsOf(group.get(), params.truthy("children_hosts")).forEach(this::writeTftp);
		}
		return Errors.message(200, REBUILT);
	}

	Reply template(Params params) {
		return withHost(params, (host) -> {
			String kind = params.text("kind").orElse("");
			if (!PxeTemplate.KIND.equals(kind)) {
				return Errors.message(404, "No template with kind " + kind + " for " + host.name());
			}
			ObjectNode body = Json.object();
			body.put("template", this.template.render(host, this.effective));
			return Reply.json(200, body);
		});
	}

	private Reply withHost(Params params, Function<Host, Reply> action) {
		Optional<Host> host = params.text("id").flatMap(this.inventory::findHost);
		return host.map(action).orElseGet(() -> Errors.notFound("host", params.text("id").orElse("")));
	}

	private void writeTftp(Host host) {
		this.tftp.write(host.name(), this.template.render(host, this.effective));
	}

	private static boolean includesTftp(Params params) {
		Optional<JsonNode> only = params.node("only");
		if (only.isEmpty()) {
			return true;
		}
		if (only.get().isArray()) {
			return only.get().valueStream().anyMatch((step) -> "TFTP".equals(step.asString()));
		}
		return "TFTP".equals(only.get().asString());
	}

	private ObjectNode view(Host host, boolean showHidden) {
		ObjectNode view = Json.object();
		view.put("name", host.name());
		view.put("id", host.id());
		view.put("display_name", host.name());
		Optional<Hostgroup> group = this.inventory.hostgroup(host.hostgroupId());
		putId(view, "hostgroup_id", host.hostgroupId());
		view.put("hostgroup_name", group.map(Hostgroup::name).orElse(null));
		view.put("hostgroup_title", group.map(this.inventory::title).orElse(null));
		putId(view, "organization_id", host.organizationId());
		view.put("organization_name",
				this.inventory.organization(host.organizationId()).map(Taxonomy::name).orElse(null));
		putId(view, "location_id", host.locationId());
		view.put("location_name", this.inventory.location(host.locationId()).map(Taxonomy::name).orElse(null));
		view.put("created_at", Json.viewTime(host.createdAt()));
		view.put("updated_at", Json.viewTime(host.createdAt()));
		view.putArray("parameters").addAll(views(this.parameters.of(Level.HOST, host.id()), showHidden));
		view.putArray("all_parameters").addAll(views(this.effective.of(host), showHidden));
		return view;
	}

	private static List<JsonNode> views(List<io.livecd.foremansim.model.Parameter> list, boolean showHidden) {
		return list.stream().map((parameter) -> (JsonNode) ParameterViews.nested(parameter, showHidden)).toList();
	}

	private static void putId(ObjectNode view, String field, long id) {
		if (id != 0) {
			view.put(field, id);
		}
		else {
			view.putNull(field);
		}
	}

}
