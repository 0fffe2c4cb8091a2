package io.livecd.build.publish.application;

import io.livecd.common.event.BuildCompleted;

/**
 * A published build.
 *
 * @param event its {@code build.completed} event
 * @param pending whether the event may not be in the log yet
 */
public record Publication(BuildCompleted event, boolean pending) {

}
