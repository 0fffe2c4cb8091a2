package io.livecd.foremansim.application;

import io.livecd.foremansim.model.Parameter;
import java.util.Comparator;
import java.util.Locale;

/**
 * The {@code order} of a list ({@code name DESC}); without one, Foreman's default scope
 * orders parameters by name and the metadata shows no sort.
 */
record Ordering(Comparator<Parameter> comparator, String by, String order) {

	static Ordering of(String order) {
		if (order == null) {
			return new Ordering(Comparator.comparing(Parameter::name), null, null);
		}
		String[] words = order.trim().split("\\s+");
		String direction = (words.length > 1) ? words[1] : "ASC";
		Comparator<Parameter> comparator = SearchFields.order(words[0]);
		boolean descending = "DESC".equals(direction.toUpperCase(Locale.ROOT));
		return new Ordering(descending ? comparator.reversed() : comparator, words[0], direction);
	}

}
