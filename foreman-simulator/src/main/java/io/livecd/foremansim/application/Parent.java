package io.livecd.foremansim.application;

import io.livecd.foremansim.model.Level;

/**
 * The object a parameter request is about, as Foreman resolved it.
 *
 * @param level the parameter level
 * @param referenceId the object's id ({@code 0} for global)
 * @param resourceName the name in "Resource … not found" messages
 * @param wrapper the JSON key the fields come in ({@code parameter} or
 * {@code common_parameter})
 */
record Parent(Level level, long referenceId, String resourceName, String wrapper) {

	static final Parent GLOBAL = new Parent(Level.GLOBAL, 0, "common_parameter", "common_parameter");

	static Parent nested(Level level, long referenceId) {
		return new Parent(level, referenceId, "parameter", "parameter");
	}

}
