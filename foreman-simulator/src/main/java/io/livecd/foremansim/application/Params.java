package io.livecd.foremansim.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Rails' {@code params}: the JSON body's top-level fields, then the query, then the path
 * parameters. A later source overrides a value but a key keeps its first position, which
 * is why a {@code location_id} in the body is the first {@code *_id} Foreman sees.
 */
final class Params {

	private final Map<String, JsonNode> values = new LinkedHashMap<>();

	Params(JsonNode body, Map<String, List<String>> query, Map<String, String> path) {
		if (body != null && body.isObject()) {
			body.properties().forEach((field) -> this.values.put(field.getKey(), field.getValue()));
		}
		query.forEach((key, list) -> this.values.put(key, stringNode(list.get(list.size() - 1))));
		path.forEach((key, value) -> this.values.put(key, stringNode(value)));
	}

	Set<String> keys() {
		return this.values.keySet();
	}

	Optional<JsonNode> node(String key) {
		return Optional.ofNullable(this.values.get(key)).filter((node) -> !node.isNull());
	}

	/** The value as Rails would see it in a string context; empty when absent or null. */
	Optional<String> text(String key) {
		return node(key).map((node) -> node.isValueNode() ? node.asString() : node.toString());
	}

	/** Present and not blank, as Rails' {@code present?}. */
	Optional<String> present(String key) {
		return text(key).filter((value) -> !value.isBlank());
	}

	/**
	 * Ruby truthiness: present and neither {@code null} nor {@code false}; "false" is
	 * true.
	 */
	boolean truthy(String key) {
		return node(key).map((node) -> !(node.isBoolean() && !node.booleanValue())).orElse(false);
	}

	private static JsonNode stringNode(String value) {
		return JsonNodeFactory.instance.stringNode(value);
	}

}
