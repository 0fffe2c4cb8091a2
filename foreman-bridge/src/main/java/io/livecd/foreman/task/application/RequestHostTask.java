package io.livecd.foreman.task.application;

/**
 * An operator's request.
 *
 * @param host the host's FQDN in Foreman
 * @param task the task to run at its next boot, or {@code none}
 * @param actor who asked (the token's name)
 */
public record RequestHostTask(String host, String task, String actor) {

}
