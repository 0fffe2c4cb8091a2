package io.livecd.foremansim.model;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One row of Foreman's {@code parameters} table.
 *
 * @param id unique across all levels
 * @param level where it is attached
 * @param referenceId the parent's id ({@code 0} for a global parameter, which has none)
 * @param name unique within its parent
 * @param text the value as it was sent
 * @param type how the value is cast
 * @param hidden whether reads mask the value
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Parameter(long id, Level level, long referenceId, String name, String text, ParameterType type,
		boolean hidden, Instant createdAt, Instant updatedAt) {

	/** The value as Foreman renders it: typed per {@link #type()}. */
	public JsonNode value() {
		return this.type.cast(this.text).orElseThrow();
	}

	/** The value as a template's {@code host_param} prints it. */
	public String printed() {
		JsonNode value = value();
		if (value.isNull()) {
			return "";
		}
		return value.isString() ? value.stringValue() : value.toString();
	}

	public boolean belongsTo(Level level, long referenceId) {
		return this.level == level && this.referenceId == referenceId;
	}

}
