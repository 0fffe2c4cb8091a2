package io.livecd.foremansim.model;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Foreman's {@code key_type}s and how a value sent as a string is cast and rendered
 * ({@code Foreman::Parameters::Caster}). A value that does not cast is invalid.
 */
public enum ParameterType {

	STRING, BOOLEAN, INTEGER, REAL, ARRAY, HASH, YAML, JSON;

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Pattern TRUE = Pattern.compile("(?i)true|t|yes|y|on|1");

	private static final Pattern FALSE = Pattern.compile("(?i)false|f|no|n|off|0");

	private static final Pattern REAL_NUMBER = Pattern.compile("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?");

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ParameterType> of(String name) {
		return Arrays.stream(values()).filter((type) -> type.wireName().equals(name)).findFirst();
	}

	/**
	 * The typed value Foreman stores and renders, or empty when the text does not cast.
	 */
	public Optional<JsonNode> cast(String text) {
		try {
			return Optional.ofNullable(castOrNull(text));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private JsonNode castOrNull(String text) {
		return switch (this) {
			case STRING -> NODES.stringNode(text);
			case BOOLEAN -> bool(text);
			case INTEGER -> integer(text);
			case REAL ->
				REAL_NUMBER.matcher(text).matches() ? NODES.numberNode(Double.parseDouble(text)) : integer(text);
			case ARRAY -> requireThat(yamlOrJson(text), JsonNode::isArray);
			case HASH -> requireThat(yamlOrJson(text), JsonNode::isObject);
			case JSON -> text.isBlank() ? NODES.nullNode() : MAPPER.readTree(text);
			case YAML -> yaml(text);
		};
	}

	private static JsonNode bool(String text) {
		if (text.isEmpty()) {
			return NODES.nullNode();
		}
		if (TRUE.matcher(text).matches()) {
			return NODES.booleanNode(true);
		}
		if (FALSE.matcher(text).matches()) {
			return NODES.booleanNode(false);
		}
		return null;
	}

	private static JsonNode integer(String text) {
		if (text.matches("(?i)0x[0-9a-f]+")) {
			return NODES.numberNode(new BigInteger(text.substring(2), 16));
		}
		if (text.matches("0[0-7]+")) {
			return NODES.numberNode(new BigInteger(text.substring(1), 8));
		}
		if (text.matches("-?\\d+")) {
			return NODES.numberNode(new BigInteger(text));
		}
		return null;
	}

	private static JsonNode yamlOrJson(String text) {
		try {
			return yaml(text);
		}
		catch (RuntimeException ex) {
			return MAPPER.readTree(text);
		}
	}

	private static JsonNode yaml(String text) {
		Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
		return (loaded != null) ? MAPPER.valueToTree(loaded) : NODES.nullNode();
	}

	private static JsonNode requireThat(JsonNode node, Predicate<JsonNode> check) {
		if (node == null || !check.test(node)) {
			throw new IllegalArgumentException("wrong shape");
		}
		return node;
	}

}
