package io.livecd.foremansim.application;

import io.livecd.foremansim.model.Level;
import io.livecd.foremansim.model.Parameter;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON shapes of parameters: the rabl views {@code api/v2/parameters/main} and
 * {@code api/v2/common_parameters/main}, the raw record that {@code DELETE} returns, and
 * the list envelope ({@code index_layout.json.erb}).
 */
final class ParameterViews {

	static final String HIDDEN = "*****";

	private ParameterViews() {
	}

	/** A nested parameter, and any parameter inside a host's {@code all_parameters}. */
	static ObjectNode nested(Parameter parameter, boolean showHidden) {
		ObjectNode view = Json.object();
		view.put("priority", parameter.level().priority());
		view.put("created_at", Json.viewTime(parameter.createdAt()));
		view.put("updated_at", Json.viewTime(parameter.updatedAt()));
		view.put("id", parameter.id());
		view.put("name", parameter.name());
		view.put("parameter_type", parameter.type().wireName());
		view.put("associated_type", parameter.level().associatedType());
		view.put("hidden_value?", parameter.hidden());
		view.set("value", value(parameter, showHidden));
		return view;
	}

	/**
	 * A global parameter: no priority or associated type, and the masked hidden value.
	 */
	static ObjectNode global(Parameter parameter, boolean showHidden) {
		ObjectNode view = Json.object();
		view.put("created_at", Json.viewTime(parameter.createdAt()));
		view.put("updated_at", Json.viewTime(parameter.updatedAt()));
		view.put("hidden_value?", parameter.hidden());
		view.put("hidden_value", HIDDEN);
		view.put("id", parameter.id());
		view.put("name", parameter.name());
		view.put("parameter_type", parameter.type().wireName());
		view.set("value", value(parameter, showHidden));
		return view;
	}

	static ObjectNode of(Parameter parameter, boolean showHidden) {
		return (parameter.level() == Level.GLOBAL) ? global(parameter, showHidden) : nested(parameter, showHidden);
	}

	/**
	 * The database row as {@code to_json} renders it: every column, ISO times, the value
	 * unmasked; {@code hidden_value} goes through the model's reader, which masks.
	 */
	static ObjectNode raw(Parameter parameter) {
		ObjectNode view = Json.object();
		view.put("id", parameter.id());
		view.put("name", parameter.name());
		view.set("value", parameter.value());
		if (parameter.level() == Level.GLOBAL) {
			view.putNull("reference_id");
		}
		else {
			view.put("reference_id", parameter.referenceId());
		}
		view.put("created_at", Json.rawTime(parameter.createdAt()));
		view.put("updated_at", Json.rawTime(parameter.updatedAt()));
		view.put("type", parameter.level().type());
		view.put("priority", parameter.level().priority());
		view.put("hidden_value", HIDDEN);
		view.put("key_type", parameter.type().wireName());
		view.put("searchable_value", parameter.text());
		return view;
	}

	static ObjectNode envelope(Listing listing, List<JsonNode> results) {
		ObjectNode view = Json.object();
		view.put("total", listing.total());
		view.put("subtotal", listing.subtotal());
		view.put("page", listing.page());
		view.put("per_page", listing.perPage());
		if (listing.search() != null) {
			view.put("search", listing.search());
		}
		else {
			view.putNull("search");
		}
		ObjectNode sort = view.putObject("sort");
		putNullable(sort, "by", listing.sortBy());
		putNullable(sort, "order", listing.sortOrder());
		view.putArray("results").addAll(results);
		return view;
	}

	private static JsonNode value(Parameter parameter, boolean showHidden) {
		if (parameter.hidden() && !showHidden) {
			return Json.MAPPER.getNodeFactory().stringNode(HIDDEN);
		}
		return parameter.value();
	}

	private static void putNullable(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
		else {
			node.putNull(field);
		}
	}

}
