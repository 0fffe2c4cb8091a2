package io.livecd.foremansim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The validations of Foreman's Parameter model, in the order Rails runs them. */
final class Validation {

	private static final int MAX_NAME = 255;

	private Validation() {
	}

	static Optional<Saved.Invalid> check(Long id, ParameterDraft draft, List<Parameter> siblings) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		Optional<ParameterType> type = ParameterType.of(draft.type());
		if (type.isEmpty()) {
			add(errors, "key_type", "invalid");
		}
		String name = (draft.name() != null) ? draft.name() : "";
		if (name.length() > MAX_NAME) {
			add(errors, "name", "is too long (maximum is " + MAX_NAME + " characters)");
		}
		if (name.isBlank()) {
			add(errors, "name", "can't be blank");
		}
		if (name.matches("(?s).*\\s.*")) {
			add(errors, "name", "can't contain spaces.");
		}
		if (type.isEmpty() || type.get().cast(draft.text()).isEmpty()) {
			add(errors, "value", "is invalid " + draft.type());
		}
		if (siblings.stream().anyMatch((row) -> row.name().equals(name))) {
			add(errors, "name", "has already been taken");
		}
		if (errors.isEmpty()) {
			return Optional.empty();
		}
		List<String> full = new ArrayList<>();
		errors.forEach(
				(attribute, messages) -> messages.forEach((message) -> full.add(human(attribute) + " " + message)));
		return Optional.of(new Saved.Invalid(id, errors, full));
	}

	private static void add(Map<String, List<String>> errors, String attribute, String message) {
		errors.computeIfAbsent(attribute, (key) -> new ArrayList<>()).add(message);
	}

	private static String human(String attribute) {
		String words = attribute.replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
