package io.livecd.foremansim.application;

import io.livecd.foremansim.model.Parameter;
import io.livecd.foremansim.model.ParameterDraft;
import io.livecd.foremansim.model.ParameterStore;
import io.livecd.foremansim.model.Saved;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code ParametersController} and {@code CommonParametersController}: list, show,
 * create, update, destroy and reset, once the parent is resolved.
 */
final class ParameterEndpoints {

	private static final int DEFAULT_PER_PAGE = 20;

	private final ParameterStore store;

	ParameterEndpoints(ParameterStore store) {
		this.store = store;
	}

	Reply list(Parent parent, Params params) {
		List<Parameter> all = this.store.of(parent.level(), parent.referenceId());
		String search = params.text("search").orElse(null);
		Ordering ordering = Ordering.of(params.present("order").orElse(null));
		List<Parameter> matched = all.stream().filter(SearchQuery.parse(search)).sorted(ordering.comparator()).toList();
		int subtotal = (search != null && !search.isBlank()) ? matched.size() : all.size();
		int page = Math.max(1, params.present("page").map(ParameterEndpoints::integer).orElse(1));
		String perPageText = params.present("per_page").orElse(null);
		int perPage = "all".equals(perPageText) ? all.size()
				: Optional.ofNullable(perPageText)
					.map(ParameterEndpoints::integer)
					.filter((n) -> n > 0)
					.orElse(DEFAULT_PER_PAGE);
		List<JsonNode> results = matched.stream()
			.skip((long) (page - 1) * Math.max(perPage, 1))
			.limit(Math.max(perPage, 0))
			.map((parameter) -> (JsonNode) ParameterViews.of(parameter, showHidden(params)))
			.toList();
		Listing listing = new Listing(all.size(), subtotal, page, perPage, search, ordering.by(), ordering.order());
		return Reply.json(200, ParameterViews.envelope(listing, results));
	}

	Reply show(Parent parent, Params params) {
		return find(parent, params)
			.map((parameter) -> Reply.json(200, ParameterViews.of(parameter, showHidden(params))))
			.orElseGet(() -> notFound(parent, params));
	}

	Reply create(Parent parent, Params params) {
		Saved saved = this.store.create(parent.level(), parent.referenceId(), draft(parent, params));
		return answer(201, saved, params);
	}

	Reply update(Parent parent, Params params) {
		Optional<Parameter> current = find(parent, params);
		if (current.isEmpty()) {
			return notFound(parent, params);
		}
		return answer(200, this.store.update(current.get(), draft(parent, params)), params);
	}

	Reply destroy(Parent parent, Params params) {
		return find(parent, params).flatMap((parameter) -> this.store.delete(parameter.id()))
			.map((deleted) -> Reply.json(200, ParameterViews.raw(deleted)))
			.orElseGet(() -> notFound(parent, params));
	}

	Reply reset(Parent parent) {
		ArrayNode deleted = Json.array();
		for (Parameter parameter : this.store.of(parent.level(), parent.referenceId())) {
			this.store.delete(parameter.id()).ifPresent((row) -> deleted.add(ParameterViews.raw(row)));
		}
		return Reply.json(200, deleted);
	}

	private Optional<Parameter> find(Parent parent, Params params) {
		return params.text("id").flatMap((id) -> this.store.find(parent.level(), parent.referenceId(), id));
	}

	private Reply answer(int status, Saved saved, Params params) {
		if (saved instanceof Saved.Ok ok) {
			return Reply.json(status, ParameterViews.of(ok.parameter(), showHidden(params)));
		}
		return Errors.unprocessable((Saved.Invalid) saved);
	}

	private static Reply notFound(Parent parent, Params params) {
		return Errors.notFound(parent.resourceName(), params.text("id").orElse(""));
	}

	/**
	 * The permitted fields; a {@code *_id} inside the object is permitted too, and the
	 * model has no such attribute, so Foreman fails with a 500.
	 */
	private static ParameterDraft draft(Parent parent, Params params) {
		JsonNode fields = params.node(parent.wrapper()).filter(JsonNode::isObject).orElse(null);
		if (fields == null) {
			return new ParameterDraft(params.text("name").orElse(null), params.text("value").orElse(null),
					params.text("parameter_type").orElse(null),
					params.node("hidden_value").map(ParameterEndpoints::bool).orElse(null));
		}
		Optional<String> parentId = fields.propertyNames()
			.stream()
			.filter((field) -> field.endsWith("_id") && !"reference_id".equals(field))
			.findFirst();
		if (parentId.isPresent()) {
			throw new IllegalStateException(
					"unknown attribute '" + parentId.get() + "' for " + parent.level().type() + ".");
		}
		return new ParameterDraft(text(fields, "name"), text(fields, "value"), text(fields, "parameter_type"),
				fields.has("hidden_value") && !fields.get("hidden_value").isNull() ? bool(fields.get("hidden_value"))
						: null);
	}

	private static String text(JsonNode fields, String field) {
		JsonNode node = fields.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isValueNode() ? node.asString() : node.toString();
	}

	private static Boolean bool(JsonNode node) {
		String text = node.asString();
		return node.isBoolean() ? node.booleanValue() : text.matches("(?i)true|t|yes|y|on|1");
	}

	private static boolean showHidden(Params params) {
		return params.text("show_hidden").map("true"::equals).orElse(false)
				|| params.text("show_hidden_parameters").map("true"::equals).orElse(false);
	}

	private static int integer(String text) {
		return text.matches("\\d{1,9}") ? Integer.parseInt(text) : 0;
	}

}
