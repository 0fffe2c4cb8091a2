package io.livecd.foreman.task.application;

import io.livecd.common.name.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which tasks a host may be given at its next boot, and the host parameter that names it;
 * {@code none} is always allowed and clears the parameter.
 *
 * @param allowed the allow-list, e.g. {@code lininstall}, {@code hwtest}, {@code wipe}
 * @param parameter the host parameter, {@code hk_speedtest_autotask}
 */
public record TaskPolicy(List<String> allowed, String parameter) {

	public static final String NONE = "none";

	public TaskPolicy {
		allowed = allowed.stream()
			.filter((task) -> !task.isBlank())
			.map((task) -> Names.require("task", task))
			.toList();
	}

	/** Why the request cannot be carried out, or empty when it can. */
	public Optional<String> problem(String host, String task) {
		Optional<String> invalid = Names.problem("host", host).or(() -> Names.problem("task", task));
		if (invalid.isPresent()) {
			return invalid;
		}
		if (NONE.equals(task) || this.allowed.contains(task)) {
			return Optional.empty();
		}
		List<String> choices = new ArrayList<>(this.allowed);
		choices.add(NONE);
		return Optional.of("task '" + task + "' is not allowed; allowed tasks: " + String.join(", ", choices));
	}

}
