package io.livecd.foremansim.application;

import io.livecd.foremansim.model.Parameter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** The searchable fields of Parameter and how each operator compares. */
final class SearchFields {

	private static final Map<String, Function<Parameter, String>> TEXT_FIELDS = Map.of("name", Parameter::name, "value",
			Parameter::text, "type", (parameter) -> parameter.level().type(), "key_type",
			(parameter) -> parameter.type().wireName(), "parameter_type", (parameter) -> parameter.type().wireName());

	private SearchFields() {
	}

	static Predicate<Parameter> condition(String field, String operator, String value) {
		if ("id".equals(field)) {
			return idCondition(operator, value);
		}
		Function<Parameter, String> reader = TEXT_FIELDS.get(field);
		if (reader == null) {
			throw new QueryNotSupported("Field '" + field + "' not recognized for searching!");
		}
		String needle = value.toLowerCase(Locale.ROOT);
		return switch (operator) {
			case "=" -> (parameter) -> reader.apply(parameter).equals(value);
			case "!=" -> (parameter) -> !reader.apply(parameter).equals(value);
			case "~" -> (parameter) -> reader.apply(parameter).toLowerCase(Locale.ROOT).contains(needle);
			case "!~" -> (parameter) -> !reader.apply(parameter).toLowerCase(Locale.ROOT).contains(needle);
			default -> throw new QueryNotSupported("Unsupported operator '" + operator + "' for field '" + field + "'");
		};
	}

	/** The order of a list: {@code field [ASC|DESC]}, by a searchable field. */
	static Comparator<Parameter> order(String field) {
		if ("id".equals(field)) {
			return Comparator.comparingLong(Parameter::id);
		}
		Function<Parameter, String> reader = TEXT_FIELDS.get(field);
		if (reader == null) {
			throw new QueryNotSupported(
					"the field '" + field + "' in the order statement is not valid field for search");
		}
		return Comparator.comparing(reader);
	}

	private static Predicate<Parameter> idCondition(String operator, String value) {
		if (!value.matches("-?\\d{1,18}")) {
			throw new QueryNotSupported("Value '" + value + "' is not valid for field 'id'");
		}
		long id = Long.parseLong(value);
		return switch (operator) {
			case "=" -> (parameter) -> parameter.id() == id;
			case "!=" -> (parameter) -> parameter.id() != id;
			case "<" -> (parameter) -> parameter.id() < id;
			case ">" -> (parameter) -> parameter.id() > id;
			case "<=" -> (parameter) -> parameter.id() <= id;
			case ">=" -> (parameter) -> parameter.id() >= id;
			default -> throw new QueryNotSupported("Unsupported operator '" + operator + "' for field 'id'");
		};
	}

}
