package io.livecd.foremansim.model;

import java.util.List;
import java.util.Map;

/** The outcome of a create or update: the saved row, or Foreman's validation errors. */
public sealed interface Saved {

	record Ok(Parameter parameter) implements Saved {
	}

	/**
	 * @param id the parameter's id on update, {@code null} on create
	 * @param errors messages per attribute, as in {@code errors.to_hash}
	 * @param fullMessages the attribute's human name and the message
	 */
	record Invalid(Long id, Map<String, List<String>> errors, List<String> fullMessages) implements Saved {
	}

}
