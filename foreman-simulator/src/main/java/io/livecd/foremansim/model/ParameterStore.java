package io.livecd.foremansim.model;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Foreman's {@code parameters} table: one id sequence for every level, names unique per
 * parent, and a count of writes per parameter so tests can prove that nothing was
 * written. Thread-safe.
 */
public final class ParameterStore {

	private final Map<Long, Parameter> rows = new TreeMap<>();

	private final Map<String, Integer> writes = new HashMap<>();

	private final Clock clock;

	private long lastId;

	public ParameterStore(Clock clock) {
		this.clock = clock;
	}

	/** A parent's parameters, ordered by name (Foreman's default scope). */
	public synchronized List<Parameter> of(Level level, long referenceId) {
		return this.rows.values()
			.stream()
			.filter((row) -> row.belongsTo(level, referenceId))
			.sorted(Comparator.comparing(Parameter::name))
			.toList();
	}

	/**
	 * Foreman's lookup of {@code :id} within one parent: {@code 7-name} by id, then by
	 * name, then a number by id.
	 */
	public synchronized Optional<Parameter> find(Level level, long referenceId, String idOrName) {
		List<Parameter> scope = of(level, referenceId);
		if (idOrName.matches("\\d+-.*")) {
			long id = Long.parseLong(idOrName.substring(0, idOrName.indexOf('-')));
			return scope.stream().filter((row) -> row.id() == id).findFirst();
		}
		return scope.stream()
			.filter((row) -> row.name().equals(idOrName))
			.findFirst()
			.or(() -> Inventory.numeric(idOrName)
				.flatMap((id) -> scope.stream().filter((row) -> row.id() == id).findFirst()));
	}

	public synchronized Saved create(Level level, long referenceId, ParameterDraft draft) {
		ParameterDraft complete = new ParameterDraft(draft.name(), Objects.requireNonNullElse(draft.text(), ""),
				Objects.requireNonNullElse(draft.type(), ParameterType.STRING.wireName()),
				Objects.requireNonNullElse(draft.hidden(), false));
		Optional<Saved.Invalid> invalid = Validation.check(null, complete, of(level, referenceId));
		if (invalid.isPresent()) {
			return invalid.get();
		}
		Instant now = now();
		Parameter row = new Parameter(++this.lastId, level, referenceId, complete.name(), complete.text(),
				ParameterType.of(complete.type()).orElseThrow(), complete.hidden(), now, now);
		return saved(row);
	}

	public synchronized Saved update(Parameter current, ParameterDraft draft) {
		ParameterDraft merged = new ParameterDraft(Objects.requireNonNullElse(draft.name(), current.name()),
				Objects.requireNonNullElse(draft.text(), current.text()),
				Objects.requireNonNullElse(draft.type(), current.type().wireName()),
				Objects.requireNonNullElse(draft.hidden(), current.hidden()));
		List<Parameter> siblings = of(current.level(), current.referenceId()).stream()
			.filter((row) -> row.id() != current.id())
			.toList();
		Optional<Saved.Invalid> invalid = Validation.check(current.id(), merged, siblings);
		if (invalid.isPresent()) {
			return invalid.get();
		}
		Parameter row = new Parameter(current.id(), current.level(), current.referenceId(), merged.name(),
				merged.text(), ParameterType.of(merged.type()).orElseThrow(), merged.hidden(), current.createdAt(),
				now());
		return saved(row);
	}

	public synchronized Optional<Parameter> delete(long id) {
		Parameter removed = this.rows.remove(id);
		if (removed != null) {
			countWrite(removed);
		}
		return Optional.ofNullable(removed);
	}

	/** Successful creates, updates and deletes of one parameter so far. */
	public synchronized int writes(Level level, long referenceId, String name) {
		return this.writes.getOrDefault(key(level, referenceId, name), 0);
	}

	/** Writes per {@code level:referenceId:name}. */
	public synchronized Map<String, Integer> writes() {
		return Map.copyOf(this.writes);
	}

	public synchronized void clear() {
		this.rows.clear();
		this.writes.clear();
	}

	private Saved saved(Parameter row) {
		this.rows.put(row.id(), row);
		countWrite(row);
		return new Saved.Ok(row);
	}

	private void countWrite(Parameter row) {
		this.writes.merge(key(row.level(), row.referenceId(), row.name()), 1, Integer::sum);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	static String key(Level level, long referenceId, String name) {
		return level.name().toLowerCase() + ":" + referenceId + ":" + name;
	}

}
